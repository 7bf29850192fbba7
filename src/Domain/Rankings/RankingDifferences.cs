namespace Recruitment.Domain.Rankings;

/// <summary>One line of a published ranking, as kept for each version.</summary>
public sealed record RankingLine(int Rank, string ApplicationNumber, decimal Score);

public enum RankingChange
{
    /// <summary>Ranked in the new version only.</summary>
    Entered,

    /// <summary>Ranked in the previous version only.</summary>
    Left,

    /// <summary>Ranked in both, with another rank or another score.</summary>
    Changed,
}

/// <summary>How one candidate's line differs between two versions of a ranking; the side where they are not ranked is <c>null</c>.</summary>
public sealed record RankingDifference(
    string ApplicationNumber,
    RankingChange Change,
    int? PreviousRank,
    int? CurrentRank,
    decimal? PreviousScore,
    decimal? CurrentScore);

public static class RankingDifferences
{
    /// <summary>
    /// The candidates whose line differs between a published version and its correction: those who entered or changed
    /// in the order of the new version, then those who left in the order of the previous one. A score compares by value
    /// (15.5 equals 15.5000).
    /// </summary>
    public static IReadOnlyList<RankingDifference> Between(IEnumerable<RankingLine> previous, IEnumerable<RankingLine> current)
    {
        var before = ByApplication(previous, nameof(previous));
        var after = ByApplication(current, nameof(current));
        var differences = new List<RankingDifference>();
        foreach (var line in after.Values.OrderBy(l => l.Rank))
        {
            if (!before.TryGetValue(line.ApplicationNumber, out var old))
            {
                differences.Add(new(line.ApplicationNumber, RankingChange.Entered, null, line.Rank, null, line.Score));
            }
            else if (old.Rank != line.Rank || old.Score != line.Score)
            {
                differences.Add(new(line.ApplicationNumber, RankingChange.Changed, old.Rank, line.Rank, old.Score, line.Score));
            }
        }

        differences.AddRange(before.Values
            .Where(l => !after.ContainsKey(l.ApplicationNumber))
            .OrderBy(l => l.Rank)
            .Select(l => new RankingDifference(l.ApplicationNumber, RankingChange.Left, l.Rank, null, l.Score, null)));
        return differences;
    }

    public static IReadOnlyList<RankingDifference> Between(MeritRankingResult previous, MeritRankingResult current)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(current);
        return Between(Lines(previous), Lines(current));
    }

    public static IEnumerable<RankingLine> Lines(MeritRankingResult ranking)
    {
        ArgumentNullException.ThrowIfNull(ranking);
        return ranking.Ranked.Select(r => new RankingLine(r.Rank, r.ApplicationNumber, r.Score));
    }

    private static Dictionary<string, RankingLine> ByApplication(IEnumerable<RankingLine> lines, string name)
    {
        ArgumentNullException.ThrowIfNull(lines, name);
        var byApplication = new Dictionary<string, RankingLine>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            if (!byApplication.TryAdd(line.ApplicationNumber, line))
            {
                throw new ArgumentException($"Application {line.ApplicationNumber} is ranked twice in one version.", name);
            }
        }

        return byApplication;
    }
}
