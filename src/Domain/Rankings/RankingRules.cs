using System.Globalization;
using Recruitment.Domain.Campaigns;
using Recruitment.Domain.Consortium;

namespace Recruitment.Domain.Rankings;

/// <summary>A subject of a track's ranking and its weight in the score (0 to 100, at most two decimals).</summary>
public sealed record SubjectCoefficient(string Subject, decimal Coefficient);

/// <summary>A broken ranking rule and the field it concerns, e.g. <c>Subjects[2].Coefficient</c>.</summary>
public sealed record RankingRulesProblem(string Field, string Message);

/// <summary>
/// How one track's merit ranking is computed in one campaign: the subjects and their coefficients, the admissibility
/// bar and the tie-break chain, an ordered list of subjects compared mark by mark (higher first) that always ends in
/// the seeded lottery.
/// </summary>
/// <remarks>
/// A subject with coefficient 0 does not weigh in the score but its mark is still required, so it can serve in the
/// tie-break chain; at least one coefficient must be above 0. The rules may be built broken: <see cref="Problems"/>
/// lists every problem at once for a form, and <see cref="MeritRanking.Compute"/> refuses rules that have any.
/// </remarks>
public sealed class RankingRules
{
    public const decimal MaxCoefficient = 100;

    public RankingRules(
        int campaignYear,
        string trackCode,
        IEnumerable<SubjectCoefficient> subjects,
        decimal admissibilityBar,
        IEnumerable<string> tieBreakChain)
    {
        ArgumentNullException.ThrowIfNull(subjects);
        ArgumentNullException.ThrowIfNull(tieBreakChain);
        CampaignYear = campaignYear;
        TrackCode = trackCode;
        Subjects = subjects.ToArray();
        AdmissibilityBar = admissibilityBar;
        TieBreakChain = tieBreakChain.ToArray();
        if (Subjects.Contains(null) || TieBreakChain.Contains(null))
        {
            throw new ArgumentException("The subjects and the tie-break chain cannot contain null.");
        }
    }

    public int CampaignYear { get; }

    public string TrackCode { get; }

    /// <summary>The subjects in the order the officer listed them.</summary>
    public IReadOnlyList<SubjectCoefficient> Subjects { get; }

    /// <summary>The lowest admissible score (0 to 20, at most two decimals): a score equal to the bar is admissible.</summary>
    public decimal AdmissibilityBar { get; }

    /// <summary>The subjects that break ties on the score, first one first; the lottery comes after the last.</summary>
    public IReadOnlyList<string> TieBreakChain { get; }

    public IReadOnlyList<RankingRulesProblem> Problems()
    {
        var problems = new List<RankingRulesProblem>();
        if (CampaignYear is < Campaign.MinYear or > Campaign.MaxYear)
        {
            problems.Add(new(nameof(CampaignYear), $"The campaign year must be between {Campaign.MinYear} and {Campaign.MaxYear}."));
        }

        if (!ReferenceCode.IsValid(TrackCode))
        {
            problems.Add(new(nameof(TrackCode), $"Track code '{TrackCode}' is not a valid code."));
        }

        var subjects = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < Subjects.Count; i++)
        {
            var (subject, coefficient) = Subjects[i];
            var field = $"{nameof(Subjects)}[{i}]";
            if (!ReferenceCode.IsValid(subject))
            {
                problems.Add(new($"{field}.{nameof(SubjectCoefficient.Subject)}", $"Subject code '{subject}' is not a valid code."));
            }
            else if (!subjects.Add(subject))
            {
                problems.Add(new($"{field}.{nameof(SubjectCoefficient.Subject)}", $"Subject {subject} is listed twice."));
            }

            if (coefficient < 0)
            {
                problems.Add(new($"{field}.{nameof(SubjectCoefficient.Coefficient)}", $"The coefficient of {subject} cannot be negative."));
            }
            else if (coefficient > MaxCoefficient)
            {
                problems.Add(new($"{field}.{nameof(SubjectCoefficient.Coefficient)}", $"The coefficient of {subject} cannot be above {MaxCoefficient}."));
            }
            else if (!IsWholeHundredths(coefficient))
            {
                problems.Add(new($"{field}.{nameof(SubjectCoefficient.Coefficient)}", $"The coefficient of {subject} has more than two decimals."));
            }
        }

        if (Subjects.Count == 0)
        {
            problems.Add(new(nameof(Subjects), "A ranking needs at least one subject."));
        }
        else if (Subjects.All(s => s.Coefficient <= 0))
        {
            problems.Add(new(nameof(Subjects), "At least one subject must have a coefficient above 0."));
        }

        if (AdmissibilityBar is < 0 or > 20)
        {
            problems.Add(new(nameof(AdmissibilityBar), "The admissibility bar must be from 0 to 20."));
        }
        else if (!IsWholeHundredths(AdmissibilityBar))
        {
            problems.Add(new(nameof(AdmissibilityBar), "The admissibility bar has at most two decimals."));
        }

        var chain = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < TieBreakChain.Count; i++)
        {
            var subject = TieBreakChain[i];
            var field = $"{nameof(TieBreakChain)}[{i}]";
            if (!subjects.Contains(subject))
            {
                problems.Add(new(field, $"Tie-break subject '{subject}' is not a subject of the ranking."));
            }
            else if (!chain.Add(subject))
            {
                problems.Add(new(field, $"Tie-break subject {subject} is already earlier in the chain."));
            }
        }

        return problems;
    }

    internal static int Hundredths(decimal value) => (int)(value * 100);

    internal static string Format(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private static bool IsWholeHundredths(decimal value) => value * 100 == decimal.Truncate(value * 100);
}
