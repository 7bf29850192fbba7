namespace Recruitment.Domain.Rankings;

/// <summary>
/// A ranked candidate. <see cref="SeparatedBy"/> is the rule that placed them after the previous candidate
/// (<c>null</c> for rank 1). <see cref="Score"/> is rounded to four decimals, as published and as compared.
/// </summary>
public sealed record RankedCandidate(int Rank, string ApplicationNumber, decimal Score, Separation? SeparatedBy, IReadOnlyDictionary<string, Mark> Marks);

/// <summary>A candidate whose score is under the admissibility bar.</summary>
public sealed record NotAdmissibleCandidate(string ApplicationNumber, decimal Score, IReadOnlyDictionary<string, Mark> Marks);

/// <summary>A candidate who cannot be scored: the subjects of the rules they have no mark in, in the rules' order.</summary>
public sealed record CandidateWithMissingMarks(string ApplicationNumber, IReadOnlyList<string> MissingSubjects);

/// <summary>
/// A computed merit ranking: the rules and seed it was computed with, the ranked candidates in rank order, those under
/// the bar (by score, highest first, then application number) and those with missing marks (by application number).
/// Application numbers are ordered ordinally, as <c>string.CompareOrdinal</c>.
/// </summary>
public sealed class MeritRankingResult
{
    internal MeritRankingResult(
        RankingRules rules,
        string seed,
        IReadOnlyList<RankedCandidate> ranked,
        IReadOnlyList<NotAdmissibleCandidate> notAdmissible,
        IReadOnlyList<CandidateWithMissingMarks> missingMarks)
    {
        Rules = rules;
        Seed = seed;
        Ranked = ranked;
        NotAdmissible = notAdmissible;
        MissingMarks = missingMarks;
    }

    public RankingRules Rules { get; }

    public string Seed { get; }

    public IReadOnlyList<RankedCandidate> Ranked { get; }

    public IReadOnlyList<NotAdmissibleCandidate> NotAdmissible { get; }

    public IReadOnlyList<CandidateWithMissingMarks> MissingMarks { get; }
}
