namespace Recruitment.Cli;

internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>Something went wrong that is not the caller's input (for instance the disk refused a write).</summary>
    public const int Failure = 1;

    /// <summary>The command line or the input file is wrong; the message on standard error says how.</summary>
    public const int InvalidInput = 2;

    /// <summary>The verifier found the allocation unsound; nothing was written.</summary>
    public const int VerificationFailed = 3;
}
