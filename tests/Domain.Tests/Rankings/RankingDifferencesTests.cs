using Recruitment.Domain.Rankings;
using static Recruitment.Domain.Tests.Rankings.Rankings;

namespace Recruitment.Domain.Tests.Rankings;

public sealed class RankingDifferencesTests
{
    private static readonly RankingRules MpRules = Rules("MATH:1 PHYS:1", 10m, "MATH");

    [Fact]
    public void Identical_versions_have_no_difference()
    {
        RankingLine[] lines = [new(1, "A", 15m), new(2, "B", 12m)];

        Assert.Empty(RankingDifferences.Between(lines, lines));
    }

    [Fact]
    public void A_corrected_mark_reports_who_moved_who_entered_and_who_left()
    {
        var published = MeritRanking.Compute(
            MpRules,
            [Candidate("A", "MATH:16 PHYS:14"), Candidate("B", "MATH:14 PHYS:14"), Candidate("C", "MATH:12 PHYS:12"), Candidate("D", "MATH:10 PHYS:9"), Candidate("E", "MATH:10 PHYS:10")],
            "s");

        // B's PHYS mark was 14, it should have been 18; D's MATH mark was 10, it should have been 12; E's PHYS was 10, it should have been 9.
        var corrected = MeritRanking.Compute(
            MpRules,
            [Candidate("A", "MATH:16 PHYS:14"), Candidate("B", "MATH:14 PHYS:18"), Candidate("C", "MATH:12 PHYS:12"), Candidate("D", "MATH:12 PHYS:9"), Candidate("E", "MATH:10 PHYS:9")],
            "s");

        Assert.Equal(
            [
                new("B", RankingChange.Changed, 2, 1, 14.0000m, 16.0000m),
                new("A", RankingChange.Changed, 1, 2, 15.0000m, 15.0000m),
                new("D", RankingChange.Entered, null, 4, null, 10.5000m),
                new RankingDifference("E", RankingChange.Left, 4, null, 10.0000m, null),
            ],
            RankingDifferences.Between(published, corrected));
    }

    [Fact]
    public void A_changed_score_at_the_same_rank_is_a_difference()
    {
        var difference = Assert.Single(RankingDifferences.Between([new(1, "A", 15m)], [new(1, "A", 15.25m)]));

        Assert.Equal(new RankingDifference("A", RankingChange.Changed, 1, 1, 15m, 15.25m), difference);
    }

    [Fact]
    public void Scores_compare_by_value_whatever_their_written_decimals()
    {
        Assert.Empty(RankingDifferences.Between([new(1, "A", 15.5m)], [new(1, "A", 15.5000m)]));
    }

    [Fact]
    public void Those_who_left_are_listed_after_the_others_in_their_previous_order()
    {
        RankingLine[] previous = [new(1, "A", 15m), new(2, "B", 14m), new(3, "C", 13m)];
        RankingLine[] current = [new(1, "D", 16m), new(2, "B", 14m)];

        Assert.Equal(
            [("D", RankingChange.Entered), ("A", RankingChange.Left), ("C", RankingChange.Left)],
            RankingDifferences.Between(previous, current).Select(d => (d.ApplicationNumber, d.Change)));
    }

    [Fact]
    public void A_version_ranking_someone_twice_is_refused()
    {
        RankingLine[] twice = [new(1, "A", 15m), new(2, "A", 14m)];

        Assert.Throws<ArgumentException>(() => RankingDifferences.Between(twice, []));
    }
}
