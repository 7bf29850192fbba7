using Recruitment.Domain.Rankings;

namespace Recruitment.Application.Rankings;

/// <summary>One version of a track's ranking: its rules, seed, counts, hash and who computed and approved it.</summary>
/// <param name="ComputedByMe">Whether the caller computed it, and so may not approve it.</param>
public sealed record RankingVersionDto(
    int Year,
    string Track,
    int Number,
    RankingStatus Status,
    string Seed,
    IReadOnlyList<SubjectCoefficient> Subjects,
    decimal AdmissibilityBar,
    IReadOnlyList<string> TieBreakChain,
    int Ranked,
    int NotAdmissible,
    int MissingMarks,
    string Sha256,
    string ComputedBy,
    DateTimeOffset ComputedAt,
    string? ApprovedBy,
    DateTimeOffset? ApprovedAt,
    string? Reason,
    bool ComputedByMe)
{
    /// <summary>The export's file name, which carries the hash: <c>ranking-2027-MP-v1-99a33661….csv</c>.</summary>
    public string FileName => FormattableString.Invariant($"ranking-{Year}-{Track}-v{Number}-{Sha256}.csv");

    public static RankingVersionDto From(RankingScope scope, RankingVersion version, string? callerId)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(version);
        var rules = version.Rules(scope.Year, scope.Track);
        return new RankingVersionDto(
            scope.Year,
            scope.Track,
            version.Number,
            version.Status,
            version.Seed,
            rules.Subjects,
            rules.AdmissibilityBar,
            rules.TieBreakChain,
            version.Ranked,
            version.NotAdmissible,
            version.MissingMarks,
            version.Sha256,
            version.ComputedByName,
            version.ComputedAt,
            version.ApprovedByName,
            version.ApprovedAt,
            version.Reason,
            callerId is not null && callerId == version.ComputedById);
    }
}
