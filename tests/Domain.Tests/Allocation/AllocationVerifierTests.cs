using Recruitment.Domain.Allocation;

namespace Recruitment.Domain.Tests.Allocation;

/// <summary>A verifier that cannot fail is worthless: each test hands it an allocation broken in one way.</summary>
public sealed class AllocationVerifierTests
{
    // X > Y > Z; Z is not ranked by P2's ranking.
    private static readonly InstanceSpec Spec = InstanceSpec.Of(
        new()
        {
            ["M"] = ["X", "Y", "Z"],
            ["N"] = ["X", "Y"],
        },
        [("P1", 1, "M"), ("P2", 1, "N"), ("P3", 2, "M")],
        ("X", ["P1", "P2"]),
        ("Y", ["P1", "P3"]),
        ("Z", ["P2", "P3"]));

    private static readonly AllocationInstance Instance = Spec.Build();

    private static IReadOnlyList<Violation> Verify(params Assignment[] assignments) =>
        AllocationVerifier.Verify(Instance, assignments, Figures(assignments));

    /// <summary>The pool figures that match the assignments, so each test breaks one thing only.</summary>
    private static List<PoolOutcome> Figures(Assignment[] assignments)
    {
        var rankIn = Spec.Rankings.ToDictionary(r => r.Key, r => r.Value);
        return
        [
            .. Spec.Pools.Select(p =>
            {
                var admitted = assignments.Where(a => a.Pool == p.Id).ToList();
                var ranks = admitted.Select(a => rankIn[p.Ranking].IndexOf(a.Candidate) + 1).Where(r => r > 0).ToList();
                var waiting = Spec.Candidates.Count(c =>
                {
                    var obtained = assignments.FirstOrDefault(a => a.Candidate == c.Id)?.Pool;
                    var above = obtained is null ? c.Wishes : c.Wishes.TakeWhile(w => w != obtained);
                    return above.Contains(p.Id) && rankIn[p.Ranking].Contains(c.Id);
                });
                return new PoolOutcome(p.Id, p.Capacity, admitted.Count, ranks.Count == 0 ? null : ranks.Max(), waiting);
            }),
        ];
    }

    [Fact]
    public void The_allocation_found_by_deferred_acceptance_has_no_violation()
    {
        var result = DeferredAcceptance.Allocate(Instance);

        Assert.Equal([new("X", "P1"), new("Y", "P3"), new Assignment("Z", "P3")], result.Assignments);
        Assert.Empty(AllocationVerifier.Verify(Instance, result));
        Assert.Empty(Verify(new("X", "P1"), new("Y", "P3"), new("Z", "P3")));
    }

    [Fact]
    public void A_pool_over_capacity_is_caught()
    {
        var violations = Verify(new("X", "P1"), new("Y", "P1"), new("Z", "P3"));

        var violation = Assert.Single(violations, v => v.Kind == ViolationKind.OverCapacity);
        Assert.Equal("Pool P1 admitted 2 candidates but has 1 seats.", violation.Message);
    }

    [Fact]
    public void A_seat_in_a_pool_that_does_not_rank_the_candidate_is_caught()
    {
        var violations = Verify(new("X", "P1"), new("Y", "P3"), new("Z", "P2"));

        var violation = Assert.Single(violations, v => v.Kind == ViolationKind.NotEligible);
        Assert.Equal("Candidate Z is assigned to pool P2, whose ranking does not rank them.", violation.Message);
    }

    [Fact]
    public void A_seat_in_a_pool_the_candidate_did_not_wish_is_caught()
    {
        var violations = Verify(new("X", "P3"), new("Y", "P1"), new("Z", "P3"));

        var violation = Assert.Single(violations, v => v.Kind == ViolationKind.NotWished);
        Assert.Equal("Candidate X is assigned to pool P3, which they did not wish.", violation.Message);
    }

    [Fact]
    public void A_blocking_pair_is_caught()
    {
        // X prefers P1, which admitted Y, ranked below X.
        var violations = Verify(new("X", "P2"), new("Y", "P1"), new("Z", "P3"));

        var violation = Assert.Single(violations, v => v.Kind == ViolationKind.BlockingPair);
        Assert.Equal(
            "Candidate X (rank 1) wished pool P1 more than pool P2, but it admitted candidate Y, ranked 2.",
            violation.Message);
    }

    [Fact]
    public void A_wasted_seat_is_caught()
    {
        // P3 has two seats and only Z in it, while Y, who wished P3, has nothing.
        var violations = Verify(new("X", "P1"), new("Y", null), new("Z", "P3"));

        var violation = Assert.Single(violations, v => v.Kind == ViolationKind.WastedSeat);
        Assert.Equal("Pool P3 has a free seat that candidate Y (rank 2) wished more than no seat.", violation.Message);
    }

    [Fact]
    public void A_candidate_holding_two_seats_is_caught()
    {
        var violations = Verify(new("X", "P1"), new("Y", "P3"), new("Z", "P3"), new("Y", "P1"));

        var violation = Assert.Single(violations, v => v.Kind == ViolationKind.SeveralSeats);
        Assert.Equal("Candidate Y is assigned more than once (pool P3 and pool P1).", violation.Message);
    }

    [Fact]
    public void A_candidate_left_out_or_unknown_is_caught()
    {
        var violations = Verify(new("X", "P1"), new("Y", "P3"), new("W", "P3"));

        Assert.Contains(violations, v => v.Message == "Candidate W is assigned but is not a candidate of the instance.");
        Assert.Contains(violations, v => v.Message == "Candidate Z is missing from the assignments.");
    }

    [Fact]
    public void Wrong_pool_figures_are_caught()
    {
        Assignment[] assignments = [new("X", "P1"), new("Y", "P3"), new("Z", "P3")];
        var figures = Figures(assignments);
        figures[2] = figures[2] with { LastAdmittedRank = 2 };

        var violations = AllocationVerifier.Verify(Instance, assignments, figures);

        var violation = Assert.Single(violations);
        Assert.Equal(ViolationKind.WrongPoolFigures, violation.Kind);
        Assert.Contains("Pool P3", violation.Message, StringComparison.Ordinal);
    }
}
