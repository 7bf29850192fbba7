using Recruitment.Cli.CommandLine;

namespace Recruitment.Cli.Commands;

/// <summary>One command of the tool, named by the first argument. Each command lives in its own file beside this one.</summary>
internal interface ICommand
{
    string Name { get; }

    string Summary { get; }

    IReadOnlyList<Option> Options { get; }

    /// <summary>Runs the command and returns its exit code (see <see cref="ExitCodes"/>).</summary>
    int Execute(ParsedArguments arguments, TextWriter stdout, TextWriter stderr);
}
