namespace Recruitment.Domain.Rankings;

/// <summary>Scores from <see cref="From"/> included to <see cref="To"/> excluded (20 included in the last bin), split by outcome.</summary>
public sealed record ScoreBin(int From, int To, int Ranked, int NotAdmissible);

/// <summary>
/// The figures of a ranking for its officers: counts, the lowest, highest, mean and median score of the ranked
/// candidates (<c>null</c> when nobody is ranked; mean and median rounded to four decimals, half away from zero, like
/// the scores) and a histogram in bins of one point from 0 to 20 of every scored candidate.
/// </summary>
public sealed record RankingStatistics(
    int Ranked,
    int NotAdmissible,
    int MissingMarks,
    decimal? Minimum,
    decimal? Maximum,
    decimal? Mean,
    decimal? Median,
    IReadOnlyList<ScoreBin> Histogram)
{
    public static RankingStatistics Of(MeritRankingResult ranking)
    {
        ArgumentNullException.ThrowIfNull(ranking);
        return Of(ranking.Ranked.Select(r => r.Score).ToArray(), ranking.NotAdmissible.Select(c => c.Score), ranking.MissingMarks.Count);
    }

    /// <summary>
    /// The figures of a ranking kept as its lines: the ranked candidates' scores in rank order (highest first), the
    /// scores under the bar, and how many candidates miss a mark.
    /// </summary>
    public static RankingStatistics Of(IReadOnlyList<decimal> rankedScores, IEnumerable<decimal> notAdmissibleScores, int missingMarks)
    {
        ArgumentNullException.ThrowIfNull(rankedScores);
        ArgumentNullException.ThrowIfNull(notAdmissibleScores);
        var ranked = new int[20];
        var notAdmissible = new int[20];
        var scores = new long[rankedScores.Count];
        for (var i = 0; i < scores.Length; i++)
        {
            var score = rankedScores[i];
            scores[i] = TenThousandths(score);
            ranked[Bin(score)]++;
        }

        var notAdmissibleCount = 0;
        foreach (var score in notAdmissibleScores)
        {
            notAdmissible[Bin(score)]++;
            notAdmissibleCount++;
        }

        var histogram = Enumerable.Range(0, 20).Select(b => new ScoreBin(b, b + 1, ranked[b], notAdmissible[b])).ToArray();
        if (scores.Length == 0)
        {
            return new(0, notAdmissibleCount, missingMarks, null, null, null, null, histogram);
        }

        // The ranking lists scores from highest to lowest, so the extremes and the middle are at known places.
        var n = scores.Length;
        var sum = scores.Sum();
        var mean = ((2 * sum) + n) / (2L * n);
        var median = n % 2 == 1 ? scores[n / 2] : (scores[(n / 2) - 1] + scores[n / 2] + 1) / 2;
        return new(
            n,
            notAdmissibleCount,
            missingMarks,
            MeritRanking.ToDecimal(scores[^1]),
            MeritRanking.ToDecimal(scores[0]),
            MeritRanking.ToDecimal(mean),
            MeritRanking.ToDecimal(median),
            histogram);
    }

    private static long TenThousandths(decimal score) => (long)(score * 10_000);

    private static int Bin(decimal score) => Math.Min((int)score, 19);
}
