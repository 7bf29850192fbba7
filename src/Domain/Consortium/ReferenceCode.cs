using System.Text.RegularExpressions;
using Recruitment.Domain.Common;

namespace Recruitment.Domain.Consortium;

/// <summary>Codes of schools, programs, tracks and subjects: upper-case letters, digits and dashes.</summary>
public static partial class ReferenceCode
{
    public const int MaxLength = 20;

    public static bool IsValid(string? code) => code is not null && Pattern().IsMatch(code);

    public static string Check(string? code, string what)
    {
        if (!IsValid(code))
        {
            throw new DomainException(
                $"{what} '{code}' is not valid: use 1 to {MaxLength} upper-case letters, digits or dashes, starting with a letter.");
        }

        return code!;
    }

    [GeneratedRegex("^[A-Z][A-Z0-9-]{0,19}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
