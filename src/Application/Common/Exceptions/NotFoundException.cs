namespace Recruitment.Application.Common.Exceptions;

/// <summary>What was asked for does not exist, or the caller may not know that it exists (HTTP 404).</summary>
public sealed class NotFoundException : Exception
{
    public NotFoundException()
    {
    }

    public NotFoundException(string message)
        : base(message)
    {
    }

    public NotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public static NotFoundException For(string what, object key) => new($"{what} '{key}' was not found.");
}
