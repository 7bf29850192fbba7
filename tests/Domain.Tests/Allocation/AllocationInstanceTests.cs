using Recruitment.Domain.Allocation;

namespace Recruitment.Domain.Tests.Allocation;

public sealed class AllocationInstanceTests
{
    private static InstanceSpec Valid() => InstanceSpec.Of(
        new() { ["MP"] = ["C1", "C2"] },
        [("P1", 1, "MP"), ("P2", 1, "MP")],
        ("C1", ["P1", "P2"]),
        ("C2", ["P2"]));

    private static string Refusal(InstanceSpec spec) =>
        Assert.Throws<InvalidAllocationInstanceException>(() => spec.Build()).Message;

    [Fact]
    public void A_well_formed_instance_is_accepted()
    {
        var instance = Valid().Build();

        Assert.Equal(2, instance.Candidates.Count);
    }

    [Fact]
    public void A_wish_naming_an_unknown_pool_is_refused()
    {
        var spec = Valid().WithWishes("C2", ["P9"]);

        Assert.Equal("Candidate C2 wishes pool P9, which is not among the pools.", Refusal(spec));
    }

    [Fact]
    public void The_same_pool_twice_in_one_wish_list_is_refused()
    {
        var spec = Valid().WithWishes("C1", ["P1", "P2", "P1"]);

        Assert.Equal("Candidate C1 wishes pool P1 twice.", Refusal(spec));
    }

    [Fact]
    public void A_pool_naming_an_unknown_ranking_is_refused()
    {
        var spec = Valid();
        spec.Pools.Add(new AllocationPool("P3", 1, "PC"));

        Assert.Equal("Pool P3 names ranking PC, which is not among the rankings.", Refusal(spec));
    }

    [Fact]
    public void Duplicate_candidate_ids_are_refused()
    {
        var spec = Valid();
        spec.Candidates.Add(new AllocationCandidate("C1", []));

        Assert.Equal("Candidate C1 is listed twice among the candidates.", Refusal(spec));
    }

    [Fact]
    public void Duplicate_pool_ids_are_refused()
    {
        var spec = Valid();
        spec.Pools.Add(new AllocationPool("P2", 3, "MP"));

        Assert.Equal("Pool P2 is listed twice among the pools.", Refusal(spec));
    }

    [Fact]
    public void A_ranking_listing_a_candidate_twice_is_refused_with_both_positions()
    {
        var spec = Valid();
        spec.Rankings["MP"].Add("C1");

        Assert.Equal("Ranking MP lists C1 twice (positions 1 and 3).", Refusal(spec));
    }

    [Fact]
    public void A_ranking_listing_someone_who_is_not_a_candidate_twice_is_refused()
    {
        var spec = Valid();
        spec.Rankings["MP"].AddRange(["gone", "gone"]);

        Assert.Equal("Ranking MP lists gone twice.", Refusal(spec));
    }

    [Fact]
    public void A_negative_capacity_is_refused()
    {
        var spec = Valid().WithCapacity("P2", -1);

        Assert.Equal("Pool P2 has a negative capacity (-1).", Refusal(spec));
    }

    [Fact]
    public void A_candidate_without_an_id_is_refused()
    {
        var spec = Valid();
        spec.Candidates.Add(new AllocationCandidate(" ", []));

        Assert.Equal("Candidate number 3 among the candidates has no id.", Refusal(spec));
    }

    [Fact]
    public void The_instance_keeps_its_own_copy_of_the_wishes()
    {
        var wishes = new List<string> { "P1" };
        var candidate = new AllocationCandidate("C1", wishes);

        wishes.Add("P2");

        Assert.Equal(["P1"], candidate.Wishes);
    }
}
