namespace Recruitment.Domain.Allocation;

/// <summary>
/// Student-proposing deferred acceptance (Gale–Shapley) over seat pools. The result is the candidate-optimal stable
/// allocation: nobody is refused a seat that went to a lower-ranked candidate, no seat wanted by an eligible
/// candidate stays free, and ranking wishes truthfully is always a candidate's best strategy.
/// </summary>
/// <remarks>
/// Each candidate proposes to their wishes in order; a pool holds its tentatively admitted candidates in a max-heap
/// by rank, so a proposal to a full pool is compared with the worst one held, who is displaced when worse and goes
/// on with their next wish. Every wish is proposed at most once: the running time is O(wishes × log capacity).
/// The stable allocation found does not depend on the order of the proposals; the candidates still propose in id
/// order so the run itself is reproducible.
/// </remarks>
public static class DeferredAcceptance
{
    public static AllocationResult Allocate(AllocationInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var index = instance.Index;
        var wishStart = index.WishStart;
        var wishPool = index.WishPool;
        var wishRank = index.WishRank;
        var seatStart = index.SeatStart;

        // A held seat is (rank << 32 | candidate): ranks are distinct within a pool, so comparing entries compares ranks.
        var seats = new long[seatStart[^1]];
        var held = new int[index.PoolCount];
        var next = new int[index.CandidateCount];
        var obtained = new int[index.CandidateCount];
        Array.Copy(wishStart, next, next.Length);
        Array.Fill(obtained, -1);

        for (var candidate = 0; candidate < index.CandidateCount; candidate++)
        {
            var proposer = candidate;
            var k = next[proposer];
            var end = wishStart[proposer + 1];
            while (k < end)
            {
                var rank = wishRank[k];
                var pool = wishPool[k];
                var size = seatStart[pool + 1] - seatStart[pool];
                if (rank == 0 || size == 0)
                {
                    k++;
                    continue;
                }

                var heap = seats.AsSpan(seatStart[pool], size);
                var entry = ((long)rank << 32) | (uint)proposer;
                if (held[pool] < size)
                {
                    PushUp(heap, held[pool]++, entry);
                }
                else if (heap[0] > entry)
                {
                    var displaced = (int)(heap[0] & uint.MaxValue);
                    PushDown(heap, entry);
                    obtained[proposer] = k;
                    next[proposer] = k + 1;

                    obtained[displaced] = -1;
                    proposer = displaced;
                    k = next[proposer];
                    end = wishStart[proposer + 1];
                    continue;
                }
                else
                {
                    k++;
                    continue;
                }

                obtained[proposer] = k;
                next[proposer] = k + 1;
                break;
            }

            if (k == end)
            {
                next[proposer] = end;
            }
        }

        var lastAdmittedRank = new int[index.PoolCount];
        for (var pool = 0; pool < index.PoolCount; pool++)
        {
            if (held[pool] > 0)
            {
                lastAdmittedRank[pool] = (int)(seats[seatStart[pool]] >> 32);
            }
        }

        return new AllocationResult(index, obtained, held, lastAdmittedRank);
    }

    /// <summary>Places <paramref name="entry"/> at the free slot <paramref name="slot"/> of a max-heap and restores order.</summary>
    private static void PushUp(Span<long> heap, int slot, long entry)
    {
        while (slot > 0)
        {
            var parent = (slot - 1) / 2;
            if (heap[parent] >= entry)
            {
                break;
            }

            heap[slot] = heap[parent];
            slot = parent;
        }

        heap[slot] = entry;
    }

    /// <summary>Replaces the top of a full max-heap with <paramref name="entry"/> and restores order.</summary>
    private static void PushDown(Span<long> heap, long entry)
    {
        var slot = 0;
        while (true)
        {
            var child = (2 * slot) + 1;
            if (child >= heap.Length)
            {
                break;
            }

            if (child + 1 < heap.Length && heap[child + 1] > heap[child])
            {
                child++;
            }

            if (heap[child] <= entry)
            {
                break;
            }

            heap[slot] = heap[child];
            slot = child;
        }

        heap[slot] = entry;
    }
}
