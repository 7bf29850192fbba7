using System.Globalization;
using Recruitment.Domain.Rankings;

namespace Recruitment.Domain.Tests.Rankings;

/// <summary>Short ways to write rules and candidates in tests.</summary>
internal static class Rankings
{
    public static RankingRules Rules(string subjects, decimal bar, params string[] chain) =>
        new(2027, "MP", ParseSubjects(subjects), bar, chain);

    /// <summary>Subjects written as <c>MATH:4 PHYS:3</c>.</summary>
    public static IEnumerable<SubjectCoefficient> ParseSubjects(string subjects) =>
        subjects.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => s.Split(':'))
            .Select(p => new SubjectCoefficient(p[0], decimal.Parse(p[1], CultureInfo.InvariantCulture)));

    /// <summary>A candidate whose marks are written as <c>MATH:15 PHYS:12,5</c>.</summary>
    public static RankingCandidate Candidate(string applicationNumber, string marks) =>
        new(
            applicationNumber,
            marks.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(m => m.Split(':'))
                .Select(p => KeyValuePair.Create(p[0], Mark.Parse(p[1]))));

    public static string[] Ids(IEnumerable<RankedCandidate> ranked) => [.. ranked.Select(r => r.ApplicationNumber)];

    public static T InCulture<T>(CultureInfo culture, Func<T> action)
    {
        var (current, currentUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
        try
        {
            return action();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (current, currentUi);
        }
    }
}
