using Recruitment.Domain.Rankings;
using static Recruitment.Domain.Tests.Rankings.Rankings;

namespace Recruitment.Domain.Tests.Rankings;

public sealed class RankingStatisticsTests
{
    [Fact]
    public void Counts_extremes_mean_and_median_describe_the_ranked_candidates()
    {
        var ranking = MeritRanking.Compute(
            Rules("MATH:1", 10m),
            [
                Candidate("A", "MATH:20"), Candidate("B", "MATH:12.5"), Candidate("C", "MATH:11"), Candidate("D", "MATH:10"),
                Candidate("E", "MATH:9.99"), Candidate("F", "MATH:2"), Candidate("G", ""),
            ],
            "s");

        var statistics = RankingStatistics.Of(ranking);

        Assert.Equal((4, 2, 1), (statistics.Ranked, statistics.NotAdmissible, statistics.MissingMarks));
        Assert.Equal(10m, statistics.Minimum);
        Assert.Equal(20m, statistics.Maximum);
        Assert.Equal(13.375m, statistics.Mean);
        Assert.Equal(11.75m, statistics.Median);
    }

    [Fact]
    public void Mean_and_median_are_rounded_to_four_decimals_half_away_from_zero()
    {
        // With MATH 0.01 and PHYS 99.99, PHYS 10 and MATH 11, 12, 13 or 14 score 10.0001, 10.0002, 10.0003 or 10.0004.
        var rules = Rules("MATH:0.01 PHYS:99.99", 0m);
        var three = MeritRanking.Compute(
            rules,
            [Candidate("A", "MATH:11 PHYS:10"), Candidate("B", "MATH:12 PHYS:10"), Candidate("C", "MATH:14 PHYS:10")],
            "s");
        var four = MeritRanking.Compute(
            rules,
            [Candidate("A", "MATH:12 PHYS:10"), Candidate("B", "MATH:12 PHYS:10"), Candidate("C", "MATH:13 PHYS:10"), Candidate("D", "MATH:13 PHYS:10")],
            "s");

        Assert.Equal([10.0004m, 10.0002m, 10.0001m], three.Ranked.Select(r => r.Score));

        // 30.0007 / 3 = 10.000233… rounds down; the middle one is 10.0002.
        Assert.Equal((10.0002m, 10.0002m), (RankingStatistics.Of(three).Mean, RankingStatistics.Of(three).Median));

        // Two at 10.0002 and two at 10.0003: mean and median are both 10.00025, which rounds up (to even would give 10.0002).
        Assert.Equal((10.0003m, 10.0003m), (RankingStatistics.Of(four).Mean, RankingStatistics.Of(four).Median));
    }

    [Fact]
    public void The_histogram_has_twenty_bins_of_one_point_and_20_falls_in_the_last()
    {
        var ranking = MeritRanking.Compute(
            Rules("MATH:1", 10m),
            [Candidate("A", "MATH:20"), Candidate("B", "MATH:19.5"), Candidate("C", "MATH:10"), Candidate("D", "MATH:9.99"), Candidate("E", "MATH:0")],
            "s");

        var histogram = RankingStatistics.Of(ranking).Histogram;

        Assert.Equal(20, histogram.Count);
        Assert.Equal(Enumerable.Range(0, 20), histogram.Select(b => b.From));
        Assert.Equal(new ScoreBin(19, 20, 2, 0), histogram[19]);
        Assert.Equal(new ScoreBin(10, 11, 1, 0), histogram[10]);
        Assert.Equal(new ScoreBin(9, 10, 0, 1), histogram[9]);
        Assert.Equal(new ScoreBin(0, 1, 0, 1), histogram[0]);
        Assert.Equal(5, histogram.Sum(b => b.Ranked + b.NotAdmissible));
    }

    [Fact]
    public void Without_ranked_candidates_there_are_no_extremes_mean_or_median()
    {
        var statistics = RankingStatistics.Of(MeritRanking.Compute(Rules("MATH:1", 10m), [Candidate("A", "MATH:5")], "s"));

        Assert.Equal((0, 1, 0), (statistics.Ranked, statistics.NotAdmissible, statistics.MissingMarks));
        Assert.Null(statistics.Minimum);
        Assert.Null(statistics.Mean);
        Assert.Null(statistics.Median);
    }
}
