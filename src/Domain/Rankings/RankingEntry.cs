namespace Recruitment.Domain.Rankings;

/// <summary>Where a candidate stands in a version: ranked, under the bar, or not scored for missing marks.</summary>
public enum RankingOutcome
{
    Ranked = 1,
    NotAdmissible = 2,
    MissingMarks = 3,
}

/// <summary>
/// One candidate's line in one version of a ranking, with the marks it was computed from, so that the version explains
/// itself even after a mark is corrected. Entries are written once with their version and never change.
/// </summary>
public sealed class RankingEntry
{
    private RankingEntry()
    {
        ApplicationNumber = string.Empty;
        Marks = string.Empty;
    }

    public long Id { get; private set; }

    public int RankingVersionId { get; private set; }

    public int ApplicationFileId { get; private set; }

    public string ApplicationNumber { get; private set; }

    public RankingOutcome Outcome { get; private set; }

    /// <summary>1, 2, 3… for ranked candidates; null otherwise.</summary>
    public int? Rank { get; private set; }

    /// <summary>The score in ten-thousandths of a point (126667 is 12.6667); null for missing marks.</summary>
    public int? ScoreTenThousandths { get; private set; }

    /// <summary><c>score</c>, <c>tie-break:MATH</c> or <c>lottery</c> from rank 2 on, as in the canonical text.</summary>
    public string? SeparatedBy { get; private set; }

    /// <summary>The marks used, in the rules' order: <c>MATH:12.50,PHYS:14.00</c>.</summary>
    public string Marks { get; private set; }

    /// <summary>The subjects without a mark, for <see cref="RankingOutcome.MissingMarks"/>: <c>INFO,PHYS</c>.</summary>
    public string? MissingSubjects { get; private set; }

    public decimal? Score => ScoreTenThousandths is { } score ? new decimal(score, 0, 0, false, 4) : null;

    /// <summary>
    /// Every candidate of a computed ranking as entries of the version: ranked ones in rank order, then those under the
    /// bar, then those with missing marks (with the marks they have, from <paramref name="candidates"/>).
    /// <paramref name="applicationIds"/> maps each application number to its file.
    /// </summary>
    public static IReadOnlyList<RankingEntry> Of(
        int rankingVersionId,
        MeritRankingResult result,
        IReadOnlyDictionary<string, int> applicationIds,
        IEnumerable<RankingCandidate> candidates)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(applicationIds);
        ArgumentNullException.ThrowIfNull(candidates);
        var incomplete = result.MissingMarks.Select(m => m.ApplicationNumber).ToHashSet(StringComparer.Ordinal);
        var marksOfIncomplete = candidates.Where(c => incomplete.Contains(c.ApplicationNumber)).ToDictionary(c => c.ApplicationNumber, c => c.Marks, StringComparer.Ordinal);
        var subjects = result.Rules.Subjects.Select(s => s.Subject).ToArray();
        var entries = new List<RankingEntry>(result.Ranked.Count + result.NotAdmissible.Count + result.MissingMarks.Count);
        foreach (var line in result.Ranked)
        {
            entries.Add(new RankingEntry
            {
                RankingVersionId = rankingVersionId,
                ApplicationFileId = applicationIds[line.ApplicationNumber],
                ApplicationNumber = line.ApplicationNumber,
                Outcome = RankingOutcome.Ranked,
                Rank = line.Rank,
                ScoreTenThousandths = TenThousandths(line.Score),
                SeparatedBy = line.SeparatedBy?.ToString(),
                Marks = RankingRulesText.Marks(subjects, line.Marks),
            });
        }

        foreach (var line in result.NotAdmissible)
        {
            entries.Add(new RankingEntry
            {
                RankingVersionId = rankingVersionId,
                ApplicationFileId = applicationIds[line.ApplicationNumber],
                ApplicationNumber = line.ApplicationNumber,
                Outcome = RankingOutcome.NotAdmissible,
                ScoreTenThousandths = TenThousandths(line.Score),
                Marks = RankingRulesText.Marks(subjects, line.Marks),
            });
        }

        foreach (var line in result.MissingMarks)
        {
            entries.Add(new RankingEntry
            {
                RankingVersionId = rankingVersionId,
                ApplicationFileId = applicationIds[line.ApplicationNumber],
                ApplicationNumber = line.ApplicationNumber,
                Outcome = RankingOutcome.MissingMarks,
                Marks = RankingRulesText.Marks(subjects, marksOfIncomplete[line.ApplicationNumber]),
                MissingSubjects = string.Join(',', line.MissingSubjects),
            });
        }

        return entries;
    }

    /// <summary>The marks of the entry by subject, in the rules' order.</summary>
    public IReadOnlyList<KeyValuePair<string, Mark>> MarksBySubject() =>
        RankingRulesText.Pairs(Marks).Select(p => KeyValuePair.Create(p.Key, Mark.FromDecimal(p.Value))).ToArray();

    private static int TenThousandths(decimal score) => (int)(score * 10_000);
}
