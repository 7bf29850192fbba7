using Recruitment.Domain.Common;
using Recruitment.Domain.Rankings;
using static Recruitment.Domain.Tests.Rankings.Rankings;

namespace Recruitment.Domain.Tests.Rankings;

public sealed class RankingRulesTests
{
    private static string[] Fields(RankingRules rules) => [.. rules.Problems().Select(p => p.Field)];

    [Fact]
    public void Rules_with_positive_coefficients_a_bar_within_0_and_20_and_a_chain_of_their_subjects_have_no_problem()
    {
        Assert.Empty(Rules("MATH:4 PHYS:3 INFO:1.5 LANG:0", 10.25m, "MATH", "LANG").Problems());
    }

    [Fact]
    public void A_coefficient_of_0_for_every_subject_is_refused()
    {
        var problem = Assert.Single(Rules("MATH:0 PHYS:0", 10m).Problems());

        Assert.Equal(new RankingRulesProblem("Subjects", "At least one subject must have a coefficient above 0."), problem);
    }

    [Fact]
    public void Rules_without_subjects_are_refused()
    {
        Assert.Equal(["Subjects"], Fields(Rules("", 10m)));
    }

    [Theory]
    [InlineData("20.01")]
    [InlineData("21")]
    [InlineData("-0.01")]
    public void A_bar_outside_0_to_20_is_refused(string bar)
    {
        var problem = Assert.Single(Rules("MATH:1", decimal.Parse(bar, System.Globalization.CultureInfo.InvariantCulture)).Problems());

        Assert.Equal(new RankingRulesProblem("AdmissibilityBar", "The admissibility bar must be from 0 to 20."), problem);
    }

    [Fact]
    public void A_bar_at_0_or_20_is_accepted_but_not_with_three_decimals()
    {
        Assert.Empty(Rules("MATH:1", 0m).Problems());
        Assert.Empty(Rules("MATH:1", 20m).Problems());
        Assert.Equal(["AdmissibilityBar"], Fields(Rules("MATH:1", 10.125m)));
    }

    [Fact]
    public void A_negative_coefficient_is_refused_with_its_subject_named()
    {
        var problem = Assert.Single(Rules("MATH:4 PHYS:-1", 10m).Problems());

        Assert.Equal(new RankingRulesProblem("Subjects[1].Coefficient", "The coefficient of PHYS cannot be negative."), problem);
    }

    [Fact]
    public void A_coefficient_above_100_or_with_three_decimals_is_refused()
    {
        Assert.Equal(["Subjects[0].Coefficient", "Subjects[1].Coefficient"], Fields(Rules("MATH:101 PHYS:1.125 INFO:1", 10m)));
    }

    [Fact]
    public void A_subject_listed_twice_is_refused_at_its_second_place()
    {
        var problem = Assert.Single(Rules("MATH:4 PHYS:3 MATH:2", 10m).Problems());

        Assert.Equal(new RankingRulesProblem("Subjects[2].Subject", "Subject MATH is listed twice."), problem);
    }

    [Fact]
    public void A_tie_break_subject_that_is_not_a_subject_of_the_track_is_refused()
    {
        var problem = Assert.Single(Rules("MATH:4 PHYS:3", 10m, "MATH", "CHEM").Problems());

        Assert.Equal(new RankingRulesProblem("TieBreakChain[1]", "Tie-break subject 'CHEM' is not a subject of the ranking."), problem);
    }

    [Fact]
    public void A_tie_break_subject_twice_in_the_chain_is_refused()
    {
        var problem = Assert.Single(Rules("MATH:4 PHYS:3", 10m, "MATH", "PHYS", "MATH").Problems());

        Assert.Equal(new RankingRulesProblem("TieBreakChain[2]", "Tie-break subject MATH is already earlier in the chain."), problem);
    }

    [Fact]
    public void Bad_codes_years_and_tracks_are_refused_with_their_fields()
    {
        var rules = new RankingRules(1999, "mp", [new("math", 1)], 10m, []);

        Assert.Equal(["CampaignYear", "TrackCode", "Subjects[0].Subject"], Fields(rules));
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var rules = Rules("MATH:-1 MATH:0", 25m, "INFO");

        Assert.Equal(
            ["Subjects[0].Coefficient", "Subjects[1].Subject", "Subjects", "AdmissibilityBar", "TieBreakChain[0]"],
            Fields(rules));
    }

    [Fact]
    public void Computing_with_broken_rules_is_refused()
    {
        var rules = Rules("MATH:0", 10m);

        var refusal = Assert.Throws<DomainException>(() => MeritRanking.Compute(rules, [], "seed"));

        Assert.Equal("At least one subject must have a coefficient above 0.", refusal.Message);
    }
}
