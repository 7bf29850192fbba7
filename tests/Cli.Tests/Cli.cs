using Recruitment.Cli.Commands;

namespace Recruitment.Cli.Tests;

/// <summary>Runs the tool in-process and keeps what it printed.</summary>
internal sealed record Cli(int ExitCode, string Out, string Error)
{
    public static Cli Run(params string[] args) => Run(null, args);

    public static Cli Run(IReadOnlyList<ICommand>? commands, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = commands is null
            ? CliApplication.Run(args, stdout, stderr)
            : CliApplication.Run(args, stdout, stderr, commands);
        return new Cli(exitCode, stdout.ToString(), stderr.ToString());
    }
}
