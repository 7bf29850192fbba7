namespace Recruitment.Cli.CommandLine;

/// <summary>
/// A <c>--name VALUE</c> option, or a <c>--name</c> flag when it has no <see cref="ValueName"/>. A positional option
/// may also be given as a bare value (<c>import-marks marks.csv</c>).
/// </summary>
internal sealed record Option(string Name, string? ValueName, string Description, bool Required = false, bool Positional = false)
{
    public bool IsFlag => ValueName is null;
}
