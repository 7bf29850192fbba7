namespace Recruitment.Cli.CommandLine;

/// <summary>A <c>--name VALUE</c> option, or a <c>--name</c> flag when it has no <see cref="ValueName"/>.</summary>
internal sealed record Option(string Name, string? ValueName, string Description, bool Required = false)
{
    public bool IsFlag => ValueName is null;
}
