using Recruitment.Domain.Allocation;

namespace Recruitment.Domain.Tests.Allocation;

public sealed class WorkedExampleTests
{
    // Merit order A > B > C > D > E > F; E is not eligible for P2, so P2's ranking leaves E out.
    private static InstanceSpec WorkedExample(int seatsInP3 = 1) => InstanceSpec.Of(
        new()
        {
            ["ALL"] = ["A", "B", "C", "D", "E", "F"],
            ["P2"] = ["A", "B", "C", "D", "F"],
        },
        [("P1", 1, "ALL"), ("P2", 2, "P2"), ("P3", seatsInP3, "ALL")],
        ("A", ["P1", "P2", "P3"]),
        ("B", ["P1", "P3"]),
        ("C", ["P2", "P1"]),
        ("D", ["P1", "P2", "P3"]),
        ("E", ["P3", "P2"]),
        ("F", ["P2", "P3", "P1"]));

    [Fact]
    public void The_worked_example_admits_A_to_P1_B_to_P3_and_C_and_D_to_P2()
    {
        var result = WorkedExample().Allocate();

        Assert.Equal(
            [new("A", "P1"), new("B", "P3"), new("C", "P2"), new("D", "P2"), new("E", null), new Assignment("F", null)],
            result.Assignments);
    }

    [Fact]
    public void The_worked_example_reports_each_pool_with_its_last_admitted_rank_and_waiting_list()
    {
        var result = WorkedExample().Allocate();

        Assert.Equal(
            [new("P1", 1, 1, 1, 3), new("P2", 2, 2, 4, 1), new PoolOutcome("P3", 1, 1, 2, 2)],
            result.Pools);
    }

    [Fact]
    public void E_is_told_P3_was_full_and_P2_does_not_rank_them()
    {
        var result = WorkedExample().Allocate();

        Assert.Equal([WishRefusal.Full("P3", 2, 5), WishRefusal.NotEligible("P2")], result.Explain("E"));
    }

    [Fact]
    public void F_is_told_each_of_their_wishes_was_full_with_its_last_admitted_rank()
    {
        var result = WorkedExample().Allocate();

        Assert.Equal(
            [WishRefusal.Full("P2", 4, 5), WishRefusal.Full("P3", 2, 6), WishRefusal.Full("P1", 1, 6)],
            result.Explain("F"));
    }

    [Fact]
    public void A_candidate_who_obtained_their_first_wish_has_nothing_to_explain()
    {
        var result = WorkedExample().Allocate();

        Assert.Empty(result.Explain("A"));
        Assert.Equal([WishRefusal.Full("P1", 1, 2)], result.Explain("B"));
    }

    [Fact]
    public void A_second_seat_in_P3_goes_to_E_and_changes_nothing_else()
    {
        var before = WorkedExample().Allocate();

        var after = WorkedExample(seatsInP3: 2).Allocate();

        Assert.Equal(new Assignment("E", "P3"), after.Assignments.Single(a => a.Candidate == "E"));
        Assert.Equal(
            before.Assignments.Where(a => a.Candidate != "E"),
            after.Assignments.Where(a => a.Candidate != "E"));
    }

    [Fact]
    public void The_worked_example_passes_the_verifier()
    {
        var spec = WorkedExample();

        Assert.Empty(AllocationVerifier.Verify(spec.Build(), spec.Allocate()));
    }

    [Fact]
    public void Deferred_acceptance_gives_s2_the_seat_that_immediate_acceptance_would_lose()
    {
        // Under immediate acceptance s3 would take b in the first round and s2, refused by a, would get nothing.
        var spec = InstanceSpec.Of(
            new() { ["M"] = ["s1", "s2", "s3"] },
            [("a", 1, "M"), ("b", 1, "M")],
            ("s1", ["a", "b"]),
            ("s2", ["a", "b"]),
            ("s3", ["b", "a"]));

        var result = spec.Allocate();

        Assert.Equal([new("s1", "a"), new("s2", "b"), new Assignment("s3", null)], result.Assignments);
    }

    [Fact]
    public void A_ranking_keeps_the_positions_of_people_who_are_not_candidates()
    {
        var spec = InstanceSpec.Of(
            new() { ["M"] = ["resigned", "X", "Y"] },
            [("P", 1, "M")],
            ("X", ["P"]),
            ("Y", ["P"]));

        var result = spec.Allocate();

        Assert.Equal(new PoolOutcome("P", 1, 1, 2, 1), Assert.Single(result.Pools));
        Assert.Equal([WishRefusal.Full("P", 2, 3)], result.Explain("Y"));
    }

    [Fact]
    public void A_pool_without_seats_admits_nobody_and_is_explained_as_full_without_a_last_rank()
    {
        var spec = InstanceSpec.Of(
            new() { ["M"] = ["X"] },
            [("P", 0, "M")],
            ("X", ["P"]));

        var result = spec.Allocate();

        Assert.Equal(new PoolOutcome("P", 0, 0, null, 1), Assert.Single(result.Pools));
        Assert.Equal([WishRefusal.Full("P", null, 1)], result.Explain("X"));
    }
}
