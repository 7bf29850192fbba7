using System.Globalization;
using System.Text;

namespace Recruitment.Domain.Applications;

/// <summary>
/// Names compared the way people mean them: "Éloïse  Müller-Lefèvre" and "eloise muller lefevre" are the same
/// person for duplicate detection and search.
/// </summary>
public static class PersonName
{
    public static string Normalize(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return string.Empty;
        }

        var decomposed = name.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var lastWasSpace = true;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(Fold(c)));
                lastWasSpace = false;
            }
            else if (!lastWasSpace)
            {
                builder.Append(' ');
                lastWasSpace = true;
            }
        }

        return builder.ToString().TrimEnd().Normalize(NormalizationForm.FormC);
    }

    /// <summary>The key under which two applications are flagged as possible duplicates.</summary>
    public static string DuplicateKey(string firstName, string lastName, DateOnly birthDate) =>
        string.Create(CultureInfo.InvariantCulture, $"{Normalize(lastName)}|{Normalize(firstName)}|{birthDate:yyyy-MM-dd}");

    // Letters that carry no combining mark in Unicode but are read as their plain counterpart.
    private static char Fold(char c) => c switch
    {
        'ß' => 's',
        'Ø' or 'ø' => 'o',
        'Ł' or 'ł' => 'l',
        'Đ' or 'đ' => 'd',
        'Æ' or 'æ' => 'a',
        'Œ' or 'œ' => 'o',
        _ => c,
    };
}
