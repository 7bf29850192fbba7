using Recruitment.Application.Rounds;
using Recruitment.Domain.Allocation;
using Recruitment.Domain.Common;

namespace Recruitment.Application.Tests.Rounds;

/// <summary>The gate every round passes before it is stored: the independent verifier.</summary>
public sealed class RoundEngineTests
{
    /// <summary>The worked example of the allocation issue: merit A &gt; B &gt; C &gt; D &gt; E &gt; F, E not eligible for P2.</summary>
    private static AllocationInstance WorkedExample() => AllocationInstance.Create(
        new Dictionary<string, IReadOnlyList<string>>
        {
            ["all"] = ["A", "B", "C", "D", "E", "F"],
            ["withoutE"] = ["A", "B", "C", "D", "F"],
        },
        [new AllocationPool("P1", 1, "all"), new AllocationPool("P2", 2, "withoutE"), new AllocationPool("P3", 1, "all")],
        [
            new AllocationCandidate("A", ["P1", "P2", "P3"]),
            new AllocationCandidate("B", ["P1", "P3"]),
            new AllocationCandidate("C", ["P2", "P1"]),
            new AllocationCandidate("D", ["P1", "P2", "P3"]),
            new AllocationCandidate("E", ["P3", "P2"]),
            new AllocationCandidate("F", ["P2", "P3", "P1"]),
        ]);

    [Fact]
    public void A_result_the_verifier_refuses_is_never_returned_to_be_stored()
    {
        // An allocator that admits nobody wastes every wanted seat.
        static AllocationResult NobodyAdmitted(AllocationInstance instance) => DeferredAcceptance.Allocate(
            AllocationInstance.Create(instance.Rankings, instance.Pools.Select(p => p with { Capacity = 0 }), instance.Candidates));

        var refused = Assert.Throws<DomainException>(() => RoundEngine.AllocateAndVerify(WorkedExample(), NobodyAdmitted));

        Assert.StartsWith("The allocation failed verification and is not published:", refused.Message, StringComparison.Ordinal);
        Assert.Contains("Pool P1 has a free seat that candidate A (rank 1) wished more than no seat.", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deferred_acceptance_passes_the_verifier_on_the_worked_example()
    {
        var result = RoundEngine.AllocateAndVerify(WorkedExample());

        Assert.Equal(
            [("A", "P1"), ("B", "P3"), ("C", "P2"), ("D", "P2"), ("E", null), ("F", null)],
            result.Assignments.Select(a => (a.Candidate, a.Pool)));
    }
}
