using System.Security.Cryptography;
using System.Text;
using Recruitment.Domain.Common;
using Recruitment.Domain.Rankings;
using static Recruitment.Domain.Tests.Rankings.Rankings;

namespace Recruitment.Domain.Tests.Rankings;

/// <summary>
/// A ranking worked out by hand. Coefficients MATH 4, PHYS 3, INFO 2 (sum 9), bar 10, chain MATH then PHYS.
/// A, B and C all score 114 / 9 = 12.6667; F and G score 14 with the same marks everywhere.
/// </summary>
public sealed class WorkedExampleTests
{
    private const string Seed = "Concours 2027 MP";

    private static readonly RankingRules MpRules = Rules("MATH:4 PHYS:3 INFO:2", 10m, "MATH", "PHYS");

    private static readonly RankingCandidate[] MpCandidates =
    [
        Candidate("A", "MATH:15 PHYS:12 INFO:9"),
        Candidate("B", "MATH:12 PHYS:16 INFO:9"),
        Candidate("C", "MATH:15 PHYS:10 INFO:12"),
        Candidate("D", "MATH:10 PHYS:10 INFO:10"),
        Candidate("E", "MATH:9,99 PHYS:10 INFO:10"),
        Candidate("F", "MATH:14 PHYS:14 INFO:14"),
        Candidate("G", "MATH:14 PHYS:14 INFO:14"),
        Candidate("H", "MATH:18 PHYS:17"),
        Candidate("I", ""),
        Candidate("J", "MATH:8 PHYS:8 INFO:8 CHEM:20"),
    ];

    private static MeritRankingResult Example() => MeritRanking.Compute(MpRules, MpCandidates, Seed);

    /// <summary>The lottery as documented, written here apart from the engine: SHA-256 of "seed\nnumber", lower first.</summary>
    private static string LotteryKey(string seed, string applicationNumber) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(seed + "\n" + applicationNumber)));

    [Fact]
    public void Candidates_are_ranked_by_score_then_by_the_chain_then_by_the_lottery()
    {
        Assert.Equal(["G", "F", "A", "C", "B", "D"], Ids(Example().Ranked));
        Assert.Equal([1, 2, 3, 4, 5, 6], Example().Ranked.Select(r => r.Rank));
    }

    [Fact]
    public void Scores_are_the_weighted_mean_rounded_to_four_decimals()
    {
        Assert.Equal([14.0000m, 14.0000m, 12.6667m, 12.6667m, 12.6667m, 10.0000m], Example().Ranked.Select(r => r.Score));
        Assert.Equal("12.6667", Example().Ranked[2].Score.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Each_candidate_records_the_rule_that_placed_them_after_the_previous_one()
    {
        Assert.Equal(
            [null, "lottery", "score", "tie-break:PHYS", "tie-break:MATH", "score"],
            Example().Ranked.Select(r => r.SeparatedBy?.ToString()));
    }

    [Fact]
    public void A_tie_on_the_score_is_broken_by_the_first_tie_break_subject()
    {
        var ranked = Example().Ranked;

        // C (MATH 15) before B (MATH 12), though B has the better PHYS mark.
        Assert.Equal(Separation.ByTieBreak("MATH"), ranked.Single(r => r.ApplicationNumber == "B").SeparatedBy);
    }

    [Fact]
    public void A_tie_on_the_score_and_the_first_subject_is_broken_by_the_second()
    {
        var ranked = Example().Ranked;

        // A and C both have MATH 15; A has PHYS 12, C has PHYS 10.
        Assert.Equal(Separation.ByTieBreak("PHYS"), ranked.Single(r => r.ApplicationNumber == "C").SeparatedBy);
    }

    [Fact]
    public void A_long_chain_is_followed_to_its_last_subject()
    {
        // Every candidate scores 10; S7 weighs but is not in the chain.
        var rules = Rules("S1:1 S2:1 S3:1 S4:1 S5:1 S6:1 S7:1", 0m, "S1", "S2", "S3", "S4", "S5", "S6");

        var ranked = MeritRanking.Compute(
            rules,
            [
                Candidate("A", "S1:10 S2:10 S3:10 S4:10 S5:10 S6:10 S7:10"),
                Candidate("B", "S1:10 S2:10 S3:10 S4:10 S5:9 S6:11 S7:10"),
                Candidate("C", "S1:10 S2:10 S3:10 S4:10 S5:9 S6:12 S7:9"),
            ],
            Seed).Ranked;

        Assert.Equal(["A", "C", "B"], Ids(ranked));
        Assert.Equal(["tie-break:S5", "tie-break:S6"], ranked.Skip(1).Select(r => r.SeparatedBy!.ToString()));
    }

    [Fact]
    public void A_tie_on_everything_is_broken_by_the_lottery_as_documented()
    {
        var expected = new[] { "F", "G" }.OrderBy(id => LotteryKey(Seed, id), StringComparer.Ordinal);

        Assert.Equal(expected, Ids(Example().Ranked.Take(2)));
        Assert.Equal(SeparationRule.Lottery, Example().Ranked[1].SeparatedBy!.Rule);
    }

    [Fact]
    public void The_lottery_key_is_the_sha256_of_the_seed_a_line_feed_and_the_application_number()
    {
        // printf 'Concours 2027 MP\nG' | sha256sum
        Assert.Equal(
            "2949eea5d758a66bde0a90bd4a4cba9d21636206bb977e51a19ccbcf2b3a4837",
            Convert.ToHexStringLower(RankingLottery.Key(Seed, "G")));
    }

    [Fact]
    public void Many_candidates_tied_on_everything_are_drawn_in_the_order_of_their_lottery_keys()
    {
        string[] ids = ["K", "L", "M", "N", "F", "G"];
        var candidates = ids.Select(id => Candidate(id, "MATH:11 PHYS:11 INFO:11"));

        var ranked = MeritRanking.Compute(MpRules, candidates, Seed).Ranked;

        Assert.Equal(ids.OrderBy(id => LotteryKey(Seed, id), StringComparer.Ordinal), Ids(ranked));
        Assert.Equal(["G", "K", "F", "L", "N", "M"], Ids(ranked));
        Assert.All(ranked.Skip(1), r => Assert.Equal(Separation.ByLottery, r.SeparatedBy));
    }

    [Fact]
    public void A_candidate_exactly_at_the_bar_is_ranked()
    {
        var d = Example().Ranked.Single(r => r.ApplicationNumber == "D");

        Assert.Equal(10m, d.Score);
        Assert.Equal(6, d.Rank);
    }

    [Fact]
    public void Candidates_under_the_bar_are_not_admissible_best_score_first()
    {
        // E: (4 × 9.99 + 3 × 10 + 2 × 10) / 9 = 89.96 / 9 = 9.99555… rounds to 9.9956.
        Assert.Equal(
            [("E", 9.9956m), ("J", 8.0000m)],
            Example().NotAdmissible.Select(c => (c.ApplicationNumber, c.Score)));
    }

    [Fact]
    public void Candidates_with_missing_marks_are_listed_with_the_subjects_missing_and_never_ranked()
    {
        var result = Example();

        Assert.Equal(
            [("H", "INFO"), ("I", "MATH PHYS INFO")],
            result.MissingMarks.Select(c => (c.ApplicationNumber, string.Join(' ', c.MissingSubjects))));
        Assert.DoesNotContain(result.Ranked, r => r.ApplicationNumber is "H" or "I");
        Assert.DoesNotContain(result.NotAdmissible, r => r.ApplicationNumber is "H" or "I");
    }

    [Fact]
    public void Marks_of_subjects_outside_the_rules_are_ignored()
    {
        Assert.Equal(8m, Example().NotAdmissible.Single(c => c.ApplicationNumber == "J").Score);
    }

    [Fact]
    public void A_subject_with_coefficient_0_does_not_weigh_but_breaks_ties_and_its_mark_is_required()
    {
        var rules = Rules("MATH:1 ORAL:0", 0m, "ORAL");

        var result = MeritRanking.Compute(
            rules,
            [Candidate("A", "MATH:12 ORAL:9"), Candidate("B", "MATH:12 ORAL:15"), Candidate("C", "MATH:12")],
            Seed);

        Assert.Equal(["B", "A"], Ids(result.Ranked));
        Assert.Equal([12m, 12m], result.Ranked.Select(r => r.Score));
        Assert.Equal("C", Assert.Single(result.MissingMarks).ApplicationNumber);
    }

    [Fact]
    public void Scores_equal_once_rounded_are_tied_even_if_their_exact_values_differ()
    {
        // Sum of coefficients 104. X: (50 × 12 + 37 × 14.11 + 17 × 10) / 104 = 12.42375 exactly, rounded up to 12.4238;
        // Y: (50 × 12.01 + 37 × 14.06 + 17 × 10.08) / 104 = 12.4238461… also 12.4238. The chain (PHYS) puts X first.
        var rules = Rules("MATH:50 PHYS:37 INFO:17", 10m, "PHYS");

        var ranked = MeritRanking.Compute(
            rules,
            [Candidate("Y", "MATH:12.01 PHYS:14.06 INFO:10.08"), Candidate("X", "MATH:12 PHYS:14.11 INFO:10")],
            Seed).Ranked;

        Assert.Equal(["X", "Y"], Ids(ranked));
        Assert.Equal([12.4238m, 12.4238m], ranked.Select(r => r.Score));
        Assert.Equal(Separation.ByTieBreak("PHYS"), ranked[1].SeparatedBy);
    }

    [Fact]
    public void A_score_halfway_between_two_ten_thousandths_is_rounded_up()
    {
        // (3 × 12.25 + 5 × 12.26) / 8 = 98.05 / 8 = 12.25625: half away from zero gives 12.2563 (to even would give 12.2562).
        var ranked = MeritRanking.Compute(Rules("MATH:3 PHYS:5", 0m), [Candidate("A", "MATH:12.25 PHYS:12.26")], Seed).Ranked;

        Assert.Equal(12.2563m, Assert.Single(ranked).Score);
    }

    [Fact]
    public void Decimal_coefficients_weigh_exactly()
    {
        // (1.5 × 13 + 0.25 × 7) / 1.75 = 21.25 / 1.75 = 12.142857… → 12.1429.
        var ranked = MeritRanking.Compute(Rules("MATH:1.5 PHYS:0.25", 0m), [Candidate("A", "MATH:13 PHYS:7")], Seed).Ranked;

        Assert.Equal(12.1429m, Assert.Single(ranked).Score);
    }

    [Fact]
    public void No_candidates_give_an_empty_ranking()
    {
        var result = MeritRanking.Compute(MpRules, [], Seed);

        Assert.Empty(result.Ranked);
        Assert.Empty(result.NotAdmissible);
        Assert.Empty(result.MissingMarks);
    }

    [Fact]
    public void The_same_application_twice_is_refused()
    {
        var refusal = Assert.Throws<DomainException>(() => MeritRanking.Compute(MpRules, [MpCandidates[0], MpCandidates[0]], Seed));

        Assert.Equal("Application A is given twice.", refusal.Message);
    }

    [Theory]
    [InlineData("", "The lottery seed is required.")]
    [InlineData(" 42", "The lottery seed cannot start or end with a space.")]
    [InlineData("tirage été", "The lottery seed may only use printable ASCII characters (letters without accents, digits, punctuation, spaces).")]
    [InlineData("a\nb", "The lottery seed may only use printable ASCII characters (letters without accents, digits, punctuation, spaces).")]
    public void A_bad_seed_is_refused(string seed, string reason)
    {
        Assert.Equal(reason, Assert.Throws<DomainException>(() => MeritRanking.Compute(MpRules, MpCandidates, seed)).Message);
        Assert.Equal(reason, RankingLottery.SeedProblem(seed));
    }

    [Fact]
    public void A_seed_of_100_characters_is_accepted_and_of_101_refused()
    {
        Assert.Null(RankingLottery.SeedProblem(new string('7', 100)));
        Assert.Equal("The lottery seed must be at most 100 characters.", RankingLottery.SeedProblem(new string('7', 101)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("A;1")]
    [InlineData("A 1")]
    [InlineData("Aé")]
    public void An_application_number_that_cannot_stand_in_a_canonical_line_is_refused(string applicationNumber)
    {
        var refusal = Assert.Throws<DomainException>(() => Candidate(applicationNumber, "MATH:10"));

        Assert.Contains("cannot be ranked", refusal.Message, StringComparison.Ordinal);
    }
}
