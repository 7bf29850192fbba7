namespace Recruitment.Domain.Allocation;

/// <summary>A candidate and the pool they obtained, or <c>null</c> when they obtained none.</summary>
public sealed record Assignment(string Candidate, string? Pool);

/// <summary>
/// A pool after allocation. <see cref="LastAdmittedRank"/> is the rank of the worst-ranked admitted candidate
/// (<c>null</c> when nobody was admitted); <see cref="WaitingList"/> counts the eligible candidates who wished this
/// pool more than the one they obtained.
/// </summary>
public sealed record PoolOutcome(string Id, int Capacity, int Admitted, int? LastAdmittedRank, int WaitingList);

/// <summary>The outcome of an allocation, in id order (ordinal) of candidates and of pools.</summary>
public sealed class AllocationResult
{
    private readonly InstanceIndex _index;
    private readonly int[] _obtainedWish;
    private readonly int[] _lastAdmittedRank;

    internal AllocationResult(InstanceIndex index, int[] obtainedWish, int[] admitted, int[] lastAdmittedRank)
    {
        _index = index;
        _obtainedWish = obtainedWish;
        _lastAdmittedRank = lastAdmittedRank;

        var assignments = new Assignment[index.CandidateCount];
        var waitingList = new int[index.PoolCount];
        for (var c = 0; c < assignments.Length; c++)
        {
            var obtained = obtainedWish[c];
            assignments[c] = new Assignment(index.CandidateIds[c], obtained < 0 ? null : index.PoolIds[index.WishPool[obtained]]);
            for (var k = index.WishStart[c]; k < RefusedEnd(c); k++)
            {
                if (index.WishRank[k] != 0)
                {
                    waitingList[index.WishPool[k]]++;
                }
            }
        }

        var pools = new PoolOutcome[index.PoolCount];
        for (var p = 0; p < pools.Length; p++)
        {
            pools[p] = new PoolOutcome(
                index.PoolIds[p],
                index.PoolCapacity[p],
                admitted[p],
                lastAdmittedRank[p] == 0 ? null : lastAdmittedRank[p],
                waitingList[p]);
        }

        Assignments = assignments;
        Pools = pools;
    }

    /// <summary>Every candidate of the instance, in ordinal order of their ids.</summary>
    public IReadOnlyList<Assignment> Assignments { get; }

    /// <summary>Every pool of the instance, in ordinal order of their ids.</summary>
    public IReadOnlyList<PoolOutcome> Pools { get; }

    /// <summary>Why the candidate did not obtain each wish they ranked above the pool they obtained (all their wishes when they obtained none).</summary>
    public IReadOnlyList<WishRefusal> Explain(string candidate)
    {
        var position = Array.BinarySearch(_index.CandidateIds, candidate, StringComparer.Ordinal);
        if (position < 0)
        {
            throw new ArgumentException($"{candidate} is not a candidate of this allocation.", nameof(candidate));
        }

        return ExplainAt(position);
    }

    /// <summary>The explanation for the candidate at <paramref name="position"/> in <see cref="Assignments"/>.</summary>
    public IReadOnlyList<WishRefusal> ExplainAt(int position)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(position);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(position, _index.CandidateCount);

        var first = _index.WishStart[position];
        var refusals = new WishRefusal[RefusedEnd(position) - first];
        for (var i = 0; i < refusals.Length; i++)
        {
            var pool = _index.WishPool[first + i];
            var rank = _index.WishRank[first + i];
            var lastAdmitted = _lastAdmittedRank[pool];
            refusals[i] = rank == 0
                ? WishRefusal.NotEligible(_index.PoolIds[pool])
                : WishRefusal.Full(_index.PoolIds[pool], lastAdmitted == 0 ? null : lastAdmitted, rank);
        }

        return refusals;
    }

    private int RefusedEnd(int candidate) =>
        _obtainedWish[candidate] >= 0 ? _obtainedWish[candidate] : _index.WishStart[candidate + 1];
}
