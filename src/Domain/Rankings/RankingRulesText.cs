using System.Globalization;
using System.Text;
using Recruitment.Domain.Common;

namespace Recruitment.Domain.Rankings;

/// <summary>
/// The text form in which rules and marks are stored: subjects as <c>MATH:4.00,PHYS:3.00</c> in the officer's order,
/// the chain as <c>MATH,PHYS</c>. Numbers use a point and two decimals whatever the culture, as in the canonical text.
/// </summary>
public static class RankingRulesText
{
    public static string Subjects(IEnumerable<SubjectCoefficient> subjects) =>
        string.Join(',', subjects.Select(s => $"{s.Subject}:{RankingRules.Format(s.Coefficient)}"));

    public static IReadOnlyList<SubjectCoefficient> Subjects(string text) =>
        Pairs(text).Select(p => new SubjectCoefficient(p.Key, p.Value)).ToArray();

    public static string Chain(IEnumerable<string> chain) => string.Join(',', chain);

    public static IReadOnlyList<string> Chain(string text) =>
        text.Length == 0 ? [] : text.Split(',');

    /// <summary>The marks of the given subjects, in their order: <c>MATH:12.50,PHYS:14.00</c>; written for every line of a ranking, so without detours.</summary>
    public static string Marks(IEnumerable<string> subjects, IReadOnlyDictionary<string, Mark> marks)
    {
        ArgumentNullException.ThrowIfNull(subjects);
        ArgumentNullException.ThrowIfNull(marks);
        var text = new StringBuilder(64);
        foreach (var subject in subjects)
        {
            if (marks.TryGetValue(subject, out var mark))
            {
                text.Append(text.Length == 0 ? string.Empty : ",").Append(subject).Append(':')
                    .Append(CultureInfo.InvariantCulture, $"{mark.Hundredths / 100}.{mark.Hundredths % 100:D2}");
            }
        }

        return text.ToString();
    }

    public static IReadOnlyList<KeyValuePair<string, decimal>> Pairs(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return [];
        }

        return text.Split(',').Select(pair =>
        {
            var colon = pair.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || !decimal.TryParse(pair.AsSpan(colon + 1), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            {
                throw new DomainException($"'{pair}' is not a stored subject and number.");
            }

            return KeyValuePair.Create(pair[..colon], value);
        }).ToArray();
    }

    /// <summary>A coefficient, bar or mark with a point and two decimals: <c>12.50</c>.</summary>
    public static string Number(decimal value) => RankingRules.Format(value);

    public static int Hundredths(decimal value) => RankingRules.Hundredths(value);

    public static decimal FromHundredths(int hundredths) => new(hundredths, 0, 0, false, 2);
}
