namespace Recruitment.Cli;

/// <summary>The command line or an input file is wrong; the message says what and where, for the person who typed it.</summary>
internal sealed class InvalidInputException : Exception
{
    public InvalidInputException()
    {
    }

    public InvalidInputException(string message)
        : base(message)
    {
    }

    public InvalidInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
