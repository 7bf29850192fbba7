using Recruitment.Cli.CommandLine;
using Recruitment.Cli.Commands;
using Recruitment.Domain.Allocation;

namespace Recruitment.Cli;

/// <summary>The command-line tool: picks the command named by the first argument and runs it.</summary>
public static class CliApplication
{
    public const string ToolName = "Recruitment.Cli";

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) =>
        Run(args, stdout, stderr, [new AllocateCommand(), new GenerateInstanceCommand(), new ImportMarksCommand(), new GenerateMarksCommand(), new ReplayRoundCommand()]);

    internal static int Run(string[] args, TextWriter stdout, TextWriter stderr, IReadOnlyList<ICommand> commands)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);

        if (args.Length == 0 || args[0] is "--help" or "-h" or "help")
        {
            var writer = args.Length == 0 ? stderr : stdout;
            WriteUsage(writer, commands);
            return args.Length == 0 ? ExitCodes.InvalidInput : ExitCodes.Success;
        }

        var command = commands.FirstOrDefault(c => c.Name == args[0]);
        if (command is null)
        {
            stderr.WriteLine($"Unknown command '{args[0]}'. Commands: {string.Join(", ", commands.Select(c => c.Name))}.");
            return ExitCodes.InvalidInput;
        }

        var rest = args.AsSpan(1);
        if (rest.Contains("--help") || rest.Contains("-h"))
        {
            stdout.Write(ArgumentParser.Usage(command));
            return ExitCodes.Success;
        }

        try
        {
            var arguments = ArgumentParser.Parse(command, rest);
            return command.Execute(arguments, stdout, stderr);
        }
        catch (UsageException e)
        {
            stderr.WriteLine(e.Message);
            stderr.Write(ArgumentParser.Usage(command));
            return ExitCodes.InvalidInput;
        }
        catch (Exception e) when (e is InvalidInputException or InvalidAllocationInstanceException)
        {
            stderr.WriteLine(e.Message);
            return ExitCodes.InvalidInput;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine(e.Message);
            return ExitCodes.Failure;
        }
        catch (Infrastructure.Configuration.StartupException e)
        {
            stderr.WriteLine($"The database cannot be used: {e.Message}");
            return ExitCodes.Failure;
        }
    }

    private static void WriteUsage(TextWriter writer, IReadOnlyList<ICommand> commands)
    {
        writer.WriteLine($"Usage: {ToolName} <command> [options]");
        writer.WriteLine();
        writer.WriteLine("Commands:");
        var width = commands.Max(c => c.Name.Length);
        foreach (var command in commands)
        {
            writer.WriteLine($"  {command.Name.PadRight(width)}  {command.Summary}");
        }

        writer.WriteLine();
        writer.WriteLine($"Run '{ToolName} <command> --help' for a command's options.");
    }
}
