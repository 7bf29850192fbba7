namespace Recruitment.Domain.Common;

/// <summary>
/// A rule of the domain forbids what was asked in the current state (HTTP 409 at the edge).
/// </summary>
public class DomainException : Exception
{
    public DomainException()
    {
    }

    public DomainException(string message)
        : base(message)
    {
    }

    public DomainException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
