namespace Recruitment.Domain.Allocation;

/// <summary>
/// The instance in dense integers, as the allocator reads it. Candidates and pools are numbered in ordinal order of
/// their ids, so everything computed from the index is independent of the order of the input.
/// </summary>
internal sealed class InstanceIndex
{
    private InstanceIndex(
        string[] candidateIds,
        string[] poolIds,
        int[] poolCapacity,
        int[] wishStart,
        int[] wishPool,
        int[] wishRank,
        int[] seatStart)
    {
        CandidateIds = candidateIds;
        PoolIds = poolIds;
        PoolCapacity = poolCapacity;
        WishStart = wishStart;
        WishPool = wishPool;
        WishRank = wishRank;
        SeatStart = seatStart;
    }

    /// <summary>Candidate ids in ordinal order; a candidate's number is its position here.</summary>
    public string[] CandidateIds { get; }

    /// <summary>Pool ids in ordinal order; a pool's number is its position here.</summary>
    public string[] PoolIds { get; }

    public int[] PoolCapacity { get; }

    /// <summary>Candidate <c>c</c>'s wishes, best first, are the positions <c>WishStart[c]</c> to <c>WishStart[c + 1] - 1</c>.</summary>
    public int[] WishStart { get; }

    /// <summary>The pool each wish names.</summary>
    public int[] WishPool { get; }

    /// <summary>The candidate's rank in the ranking of the wished pool, or 0 when it does not rank them (not eligible).</summary>
    public int[] WishRank { get; }

    /// <summary>
    /// Pool <c>p</c> can hold at most <c>SeatStart[p + 1] - SeatStart[p]</c> candidates: its capacity, or fewer when
    /// fewer eligible candidates wish it, so the seats of all pools fit in one array no longer than the wishes.
    /// </summary>
    public int[] SeatStart { get; }

    public int CandidateCount => CandidateIds.Length;

    public int PoolCount => PoolIds.Length;

    public static InstanceIndex Build(
        Dictionary<string, IReadOnlyList<string>> rankings,
        AllocationPool[] pools,
        AllocationCandidate[] candidates)
    {
        var (candidateIds, candidateOrder) = Canonical(
            Array.ConvertAll(candidates, c => c?.Id), "Candidate", "candidates");
        var (poolIds, poolOrder) = Canonical(Array.ConvertAll(pools, p => p?.Id), "Pool", "pools");

        var rankingIds = rankings.Keys.ToArray();
        Array.Sort(rankingIds, StringComparer.Ordinal);
        var rankingNumber = new Dictionary<string, int>(rankingIds.Length, StringComparer.Ordinal);
        for (var r = 0; r < rankingIds.Length; r++)
        {
            rankingNumber[rankingIds[r]] = r;
        }

        var poolCapacity = new int[poolIds.Length];
        var poolRanking = new int[poolIds.Length];
        var poolNumber = new Dictionary<string, int>(poolIds.Length, StringComparer.Ordinal);
        for (var p = 0; p < poolIds.Length; p++)
        {
            var pool = pools[poolOrder[p]];
            if (pool.Capacity < 0)
            {
                throw new InvalidAllocationInstanceException($"Pool {pool.Id} has a negative capacity ({pool.Capacity}).");
            }

            if (pool.Ranking is null || !rankingNumber.TryGetValue(pool.Ranking, out poolRanking[p]))
            {
                throw new InvalidAllocationInstanceException(
                    $"Pool {pool.Id} names ranking {pool.Ranking ?? "(none)"}, which is not among the rankings.");
            }

            poolCapacity[p] = pool.Capacity;
            poolNumber[pool.Id] = p;
        }

        var (wishStart, wishPool, wishCandidate) = Wishes(candidates, candidateOrder, poolNumber);
        var wishRank = Ranks(rankings, rankingIds, candidateIds, poolRanking, wishPool, wishCandidate);

        var eligibleWishes = new int[poolIds.Length];
        for (var k = 0; k < wishPool.Length; k++)
        {
            if (wishRank[k] != 0)
            {
                eligibleWishes[wishPool[k]]++;
            }
        }

        var seatStart = new int[poolIds.Length + 1];
        for (var p = 0; p < poolIds.Length; p++)
        {
            seatStart[p + 1] = seatStart[p] + Math.Min(poolCapacity[p], eligibleWishes[p]);
        }

        return new InstanceIndex(candidateIds, poolIds, poolCapacity, wishStart, wishPool, wishRank, seatStart);
    }

    /// <summary>The ids in ordinal order, and for each the position it had in the input.</summary>
    private static (string[] Ids, int[] Order) Canonical(string?[] ids, string kind, string plural)
    {
        for (var i = 0; i < ids.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(ids[i]))
            {
                throw new InvalidAllocationInstanceException(
                    $"{kind} number {i + 1} among the {plural} has no id.");
            }
        }

        var sorted = (string[])ids.Clone();
        var order = new int[ids.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(sorted, order, StringComparer.Ordinal);
        for (var i = 1; i < sorted.Length; i++)
        {
            if (string.Equals(sorted[i - 1], sorted[i], StringComparison.Ordinal))
            {
                throw new InvalidAllocationInstanceException($"{kind} {sorted[i]} is listed twice among the {plural}.");
            }
        }

        return (sorted, order);
    }

    private static (int[] Start, int[] Pool, int[] Candidate) Wishes(
        AllocationCandidate[] candidates,
        int[] candidateOrder,
        Dictionary<string, int> poolNumber)
    {
        var total = 0L;
        foreach (var candidate in candidates)
        {
            total += candidate.Wishes.Count;
        }

        if (total > Array.MaxLength)
        {
            throw new InvalidAllocationInstanceException($"The instance has {total} wishes, more than can be allocated at once.");
        }

        var start = new int[candidates.Length + 1];
        var pool = new int[total];
        var candidateOf = new int[total];
        var lastWisher = new int[poolNumber.Count];
        Array.Fill(lastWisher, -1);
        var k = 0;
        for (var c = 0; c < candidateOrder.Length; c++)
        {
            var candidate = candidates[candidateOrder[c]];
            start[c] = k;
            foreach (var wish in candidate.Wishes)
            {
                if (wish is null || !poolNumber.TryGetValue(wish, out var p))
                {
                    throw new InvalidAllocationInstanceException(
                        $"Candidate {candidate.Id} wishes pool {wish ?? "(none)"}, which is not among the pools.");
                }

                if (lastWisher[p] == c)
                {
                    throw new InvalidAllocationInstanceException($"Candidate {candidate.Id} wishes pool {wish} twice.");
                }

                lastWisher[p] = c;
                pool[k] = p;
                candidateOf[k] = c;
                k++;
            }
        }

        start[candidates.Length] = k;
        return (start, pool, candidateOf);
    }

    /// <summary>
    /// Each wish's rank, one ranking at a time: the ranking's positions are spread over an array indexed by candidate,
    /// read by the wishes for that ranking's pools, then wiped, so memory stays linear whatever the number of rankings.
    /// </summary>
    private static int[] Ranks(
        Dictionary<string, IReadOnlyList<string>> rankings,
        string[] rankingIds,
        string[] candidateIds,
        int[] poolRanking,
        int[] wishPool,
        int[] wishCandidate)
    {
        var candidateNumber = new Dictionary<string, int>(candidateIds.Length, StringComparer.Ordinal);
        for (var c = 0; c < candidateIds.Length; c++)
        {
            candidateNumber[candidateIds[c]] = c;
        }

        // Wishes grouped by the ranking of their pool (a counting sort).
        var groupStart = new int[rankingIds.Length + 1];
        foreach (var p in wishPool)
        {
            groupStart[poolRanking[p] + 1]++;
        }

        for (var r = 0; r < rankingIds.Length; r++)
        {
            groupStart[r + 1] += groupStart[r];
        }

        var byRanking = new int[wishPool.Length];
        var fill = (int[])groupStart.Clone();
        for (var k = 0; k < wishPool.Length; k++)
        {
            byRanking[fill[poolRanking[wishPool[k]]]++] = k;
        }

        var wishRank = new int[wishPool.Length];
        var rankOf = new int[candidateIds.Length];
        var ranked = new List<int>();
        for (var r = 0; r < rankingIds.Length; r++)
        {
            var rankingId = rankingIds[r];
            var members = rankings[rankingId];
            HashSet<string>? others = null;
            ranked.Clear();
            for (var position = 1; position <= members.Count; position++)
            {
                var id = members[position - 1];
                if (string.IsNullOrWhiteSpace(id))
                {
                    throw new InvalidAllocationInstanceException($"Ranking {rankingId} has no id at position {position}.");
                }

                if (candidateNumber.TryGetValue(id, out var c))
                {
                    if (rankOf[c] != 0)
                    {
                        throw new InvalidAllocationInstanceException(
                            $"Ranking {rankingId} lists {id} twice (positions {rankOf[c]} and {position}).");
                    }

                    rankOf[c] = position;
                    ranked.Add(c);
                }
                else if (!(others ??= new HashSet<string>(StringComparer.Ordinal)).Add(id))
                {
                    throw new InvalidAllocationInstanceException($"Ranking {rankingId} lists {id} twice.");
                }
            }

            for (var g = groupStart[r]; g < groupStart[r + 1]; g++)
            {
                var k = byRanking[g];
                wishRank[k] = rankOf[wishCandidate[k]];
            }

            foreach (var c in ranked)
            {
                rankOf[c] = 0;
            }
        }

        return wishRank;
    }
}
