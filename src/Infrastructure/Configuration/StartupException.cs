namespace Recruitment.Infrastructure.Configuration;

/// <summary>
/// The application cannot start as configured. The message alone tells the operator what to fix;
/// the host prints it without a stack trace.
/// </summary>
public sealed class StartupException : Exception
{
    public StartupException()
    {
    }

    public StartupException(string message)
        : base(message)
    {
    }

    public StartupException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
