using System.Globalization;

namespace Recruitment.Cli.CommandLine;

/// <summary>The options given to a command, checked against its declared options.</summary>
internal sealed class ParsedArguments(IReadOnlyDictionary<string, string?> values)
{
    public bool Has(string name) => values.ContainsKey(name);

    public string Value(string name) =>
        values.TryGetValue(name, out var value) && value is not null
            ? value
            : throw new UsageException($"Missing option --{name}.");

    public int Integer(string name, int min, int max)
    {
        var text = Value(name);
        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new UsageException($"Option --{name} must be a whole number between {min} and {max}, not '{text}'.");
    }

    public long Long(string name)
    {
        var text = Value(name);
        return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new UsageException($"Option --{name} must be a whole number, not '{text}'.");
    }
}
