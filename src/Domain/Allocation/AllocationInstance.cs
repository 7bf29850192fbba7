namespace Recruitment.Domain.Allocation;

/// <summary>
/// One allocation problem: the merit rankings, the seat pools and the candidates' ranked wishes.
/// </summary>
/// <remarks>
/// A candidate's rank in a pool is their 1-based position in the pool's ranking. A ranking may list people who are
/// not candidates (for instance people who resigned): they keep their position, so ranks stay the published ones.
/// A candidate absent from a pool's ranking is not eligible there. Creating an instance checks that it is well
/// formed and throws <see cref="InvalidAllocationInstanceException"/> naming the first problem otherwise; problems
/// are looked for in id order, so the same instance always reports the same one.
/// </remarks>
public sealed class AllocationInstance
{
    private AllocationInstance(
        IReadOnlyDictionary<string, IReadOnlyList<string>> rankings,
        IReadOnlyList<AllocationPool> pools,
        IReadOnlyList<AllocationCandidate> candidates,
        InstanceIndex index)
    {
        Rankings = rankings;
        Pools = pools;
        Candidates = candidates;
        Index = index;
    }

    /// <summary>Each merit ranking by id: the people it orders, best first.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Rankings { get; }

    public IReadOnlyList<AllocationPool> Pools { get; }

    public IReadOnlyList<AllocationCandidate> Candidates { get; }

    internal InstanceIndex Index { get; }

    public static AllocationInstance Create(
        IReadOnlyDictionary<string, IReadOnlyList<string>> rankings,
        IEnumerable<AllocationPool> pools,
        IEnumerable<AllocationCandidate> candidates)
    {
        ArgumentNullException.ThrowIfNull(rankings);
        ArgumentNullException.ThrowIfNull(pools);
        ArgumentNullException.ThrowIfNull(candidates);

        var rankingCopy = new Dictionary<string, IReadOnlyList<string>>(rankings.Count, StringComparer.Ordinal);
        foreach (var (id, members) in rankings)
        {
            rankingCopy[id] = members?.ToArray()
                ?? throw new InvalidAllocationInstanceException($"Ranking {id} has no list of candidates.");
        }

        var poolCopy = pools.ToArray();
        var candidateCopy = candidates.ToArray();
        var index = InstanceIndex.Build(rankingCopy, poolCopy, candidateCopy);
        return new AllocationInstance(rankingCopy, poolCopy, candidateCopy, index);
    }
}
