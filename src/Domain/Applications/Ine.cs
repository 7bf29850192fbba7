using System.Text.RegularExpressions;

namespace Recruitment.Domain.Applications;

/// <summary>
/// The French national student number (identifiant national étudiant): 11 characters, ten digits or capital
/// letters followed by a capital letter (e.g. <c>0123456789A</c>, <c>1234567890AB</c> is refused).
/// </summary>
public static partial class Ine
{
    public const int Length = 11;

    /// <summary>Upper-cases and removes spaces, as people often type it in groups.</summary>
    public static string Normalize(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
    }

    public static bool IsValid(string? value) => value is not null && Pattern().IsMatch(Normalize(value));

    [GeneratedRegex("^[0-9A-Z]{10}[A-Z]$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
