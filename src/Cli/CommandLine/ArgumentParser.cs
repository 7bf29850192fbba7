using System.Text;
using Recruitment.Cli.Commands;

namespace Recruitment.Cli.CommandLine;

/// <summary>Reads <c>--name value</c>, <c>--name=value</c> and <c>--flag</c> against a command's declared options.</summary>
internal static class ArgumentParser
{
    public static ParsedArguments Parse(ICommand command, ReadOnlySpan<string> args)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg.Length == 2)
            {
                var positional = command.Options.FirstOrDefault(o => o.Positional && !values.ContainsKey(o.Name))
                    ?? throw new UsageException($"Unexpected argument '{arg}'.");
                values[positional.Name] = arg;
                continue;
            }

            var equals = arg.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? arg[2..] : arg[2..equals];
            var option = command.Options.FirstOrDefault(o => o.Name == name)
                ?? throw new UsageException($"Unknown option --{name} for {command.Name}.");
            if (values.ContainsKey(name))
            {
                throw new UsageException($"Option --{name} is given twice.");
            }

            if (option.IsFlag)
            {
                if (equals >= 0)
                {
                    throw new UsageException($"Option --{name} takes no value.");
                }

                values[name] = null;
            }
            else if (equals >= 0)
            {
                values[name] = arg[(equals + 1)..];
            }
            else if (i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                values[name] = args[++i];
            }
            else
            {
                throw new UsageException($"Option --{name} needs a value ({option.ValueName}).");
            }
        }

        foreach (var option in command.Options.Where(o => o.Required && !values.ContainsKey(o.Name)))
        {
            throw new UsageException($"Missing option --{option.Name}.");
        }

        return new ParsedArguments(values);
    }

    public static string Usage(ICommand command)
    {
        var text = new StringBuilder();
        text.Append("Usage: ").Append(CliApplication.ToolName).Append(' ').Append(command.Name);
        foreach (var option in command.Options)
        {
            var shape = option.Positional ? option.ValueName : option.IsFlag ? $"--{option.Name}" : $"--{option.Name} {option.ValueName}";
            text.Append(' ').Append(option.Required ? shape : $"[{shape}]");
        }

        text.Append('\n').Append(command.Summary).Append("\n\n");
        foreach (var option in command.Options)
        {
            var shape = option.IsFlag ? $"--{option.Name}" : $"--{option.Name} {option.ValueName}";
            text.Append("  ").Append(shape.PadRight(24)).Append(option.Description).Append('\n');
        }

        return text.ToString();
    }
}
