using Recruitment.Domain.Allocation;

namespace Recruitment.Domain.Tests.Allocation;

/// <summary>An allocation instance as plain, editable lists, so a test can change it before building it.</summary>
internal sealed record InstanceSpec(
    Dictionary<string, List<string>> Rankings,
    List<AllocationPool> Pools,
    List<AllocationCandidate> Candidates)
{
    public static InstanceSpec Of(
        Dictionary<string, string[]> rankings,
        (string Id, int Capacity, string Ranking)[] pools,
        params (string Id, string[] Wishes)[] candidates) =>
        new(
            rankings.ToDictionary(r => r.Key, r => r.Value.ToList()),
            [.. pools.Select(p => new AllocationPool(p.Id, p.Capacity, p.Ranking))],
            [.. candidates.Select(c => new AllocationCandidate(c.Id, c.Wishes))]);

    public AllocationInstance Build() => AllocationInstance.Create(
        Rankings.ToDictionary(r => r.Key, r => (IReadOnlyList<string>)r.Value),
        Pools,
        Candidates);

    public AllocationResult Allocate() => DeferredAcceptance.Allocate(Build());

    public InstanceSpec WithCapacity(string pool, int capacity) => this with
    {
        Pools = [.. Pools.Select(p => p.Id == pool ? p with { Capacity = capacity } : p)],
    };

    public InstanceSpec WithoutCandidate(string candidate) => this with
    {
        Candidates = [.. Candidates.Where(c => c.Id != candidate)],
    };

    public InstanceSpec WithWishes(string candidate, IEnumerable<string> wishes) => this with
    {
        Candidates = [.. Candidates.Select(c => c.Id == candidate ? new AllocationCandidate(c.Id, wishes) : c)],
    };

    /// <summary>The same instance with its candidates, pools and rankings listed in another order.</summary>
    public InstanceSpec Shuffled(Random random) => new(
        Rankings.OrderBy(_ => random.Next()).ToDictionary(r => r.Key, r => r.Value),
        [.. Pools.OrderBy(_ => random.Next())],
        [.. Candidates.OrderBy(_ => random.Next())]);

    /// <summary>Where the candidate's obtained pool stands in their wishes; their number of wishes when they obtained none.</summary>
    public static int Standing(AllocationCandidate candidate, string? obtained) =>
        obtained is null ? candidate.Wishes.Count : candidate.Wishes.ToList().IndexOf(obtained);
}
