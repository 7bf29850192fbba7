namespace Recruitment.Domain.Allocation;

/// <summary>
/// Checks an allocation against its instance, from the instance's own lists and without any of the allocator's
/// machinery: capacities, eligibility, one seat per candidate, seats only in wished pools, no blocking pair, no
/// wasted seat, and the pool figures. An empty list means the allocation is sound.
/// </summary>
public static class AllocationVerifier
{
    public static IReadOnlyList<Violation> Verify(AllocationInstance instance, AllocationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Verify(instance, result.Assignments, result.Pools);
    }

    public static IReadOnlyList<Violation> Verify(
        AllocationInstance instance,
        IEnumerable<Assignment> assignments,
        IEnumerable<PoolOutcome> poolFigures)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(assignments);
        ArgumentNullException.ThrowIfNull(poolFigures);

        var violations = new List<Violation>();
        var rankIn = instance.Rankings.ToDictionary(
            r => r.Key,
            r =>
            {
                var ranks = new Dictionary<string, int>(r.Value.Count, StringComparer.Ordinal);
                for (var i = 0; i < r.Value.Count; i++)
                {
                    ranks[r.Value[i]] = i + 1;
                }

                return ranks;
            },
            StringComparer.Ordinal);
        var pools = instance.Pools.ToDictionary(p => p.Id, p => new PoolTally(p, rankIn[p.Ranking]), StringComparer.Ordinal);
        var candidates = instance.Candidates.ToDictionary(c => c.Id, StringComparer.Ordinal);

        var seatOf = new Dictionary<string, string?>(candidates.Count, StringComparer.Ordinal);
        foreach (var (candidate, poolId) in assignments)
        {
            if (!candidates.TryGetValue(candidate, out var wishes))
            {
                violations.Add(new(ViolationKind.UnknownOrMissing, $"Candidate {candidate} is assigned but is not a candidate of the instance."));
                continue;
            }

            if (!seatOf.TryAdd(candidate, poolId))
            {
                violations.Add(new(
                    ViolationKind.SeveralSeats,
                    $"Candidate {candidate} is assigned more than once ({Describe(seatOf[candidate])} and {Describe(poolId)})."));
                continue;
            }

            if (poolId is null)
            {
                continue;
            }

            if (!pools.TryGetValue(poolId, out var pool))
            {
                violations.Add(new(ViolationKind.UnknownOrMissing, $"Candidate {candidate} is assigned to pool {poolId}, which is not a pool of the instance."));
                continue;
            }

            pool.Admitted++;
            if (!wishes.Wishes.Contains(poolId, StringComparer.Ordinal))
            {
                violations.Add(new(ViolationKind.NotWished, $"Candidate {candidate} is assigned to pool {poolId}, which they did not wish."));
            }

            if (pool.Ranks.TryGetValue(candidate, out var rank))
            {
                if (rank > pool.WorstRank)
                {
                    pool.WorstRank = rank;
                    pool.WorstCandidate = candidate;
                }
            }
            else
            {
                violations.Add(new(ViolationKind.NotEligible, $"Candidate {candidate} is assigned to pool {poolId}, whose ranking does not rank them."));
            }
        }

        foreach (var pool in pools.Values.Where(p => p.Admitted > p.Pool.Capacity).OrderBy(p => p.Pool.Id, StringComparer.Ordinal))
        {
            violations.Add(new(ViolationKind.OverCapacity, $"Pool {pool.Pool.Id} admitted {pool.Admitted} candidates but has {pool.Pool.Capacity} seats."));
        }

        foreach (var candidate in instance.Candidates)
        {
            if (!seatOf.TryGetValue(candidate.Id, out var obtained))
            {
                violations.Add(new(ViolationKind.UnknownOrMissing, $"Candidate {candidate.Id} is missing from the assignments."));
            }

            foreach (var wish in candidate.Wishes)
            {
                if (string.Equals(wish, obtained, StringComparison.Ordinal))
                {
                    break;
                }

                var pool = pools[wish];
                if (!pool.Ranks.TryGetValue(candidate.Id, out var rank))
                {
                    continue;
                }

                pool.WaitingList++;
                if (pool.Admitted < pool.Pool.Capacity)
                {
                    violations.Add(new(
                        ViolationKind.WastedSeat,
                        $"Pool {wish} has a free seat that candidate {candidate.Id} (rank {rank}) wished more than {Describe(obtained)}."));
                }
                else if (pool.WorstRank > rank)
                {
                    violations.Add(new(
                        ViolationKind.BlockingPair,
                        $"Candidate {candidate.Id} (rank {rank}) wished pool {wish} more than {Describe(obtained)}, "
                        + $"but it admitted candidate {pool.WorstCandidate}, ranked {pool.WorstRank}."));
                }
            }
        }

        violations.AddRange(PoolFigureViolations(pools, poolFigures));
        return violations;
    }

    private static IEnumerable<Violation> PoolFigureViolations(Dictionary<string, PoolTally> pools, IEnumerable<PoolOutcome> figures)
    {
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var figure in figures)
        {
            if (!pools.TryGetValue(figure.Id, out var pool))
            {
                yield return new(ViolationKind.UnknownOrMissing, $"Pool {figure.Id} is reported but is not a pool of the instance.");
                continue;
            }

            if (!reported.Add(figure.Id))
            {
                yield return new(ViolationKind.WrongPoolFigures, $"Pool {figure.Id} is reported more than once.");
                continue;
            }

            int? lastAdmitted = pool.WorstRank == 0 ? null : pool.WorstRank;
            if (figure.Capacity != pool.Pool.Capacity
                || figure.Admitted != pool.Admitted
                || figure.LastAdmittedRank != lastAdmitted
                || figure.WaitingList != pool.WaitingList)
            {
                yield return new(
                    ViolationKind.WrongPoolFigures,
                    $"Pool {figure.Id} is reported with capacity {figure.Capacity}, {figure.Admitted} admitted, last admitted rank "
                    + $"{Describe(figure.LastAdmittedRank)} and a waiting list of {figure.WaitingList}, but it has capacity "
                    + $"{pool.Pool.Capacity}, {pool.Admitted} admitted, last admitted rank {Describe(lastAdmitted)} and a waiting list of {pool.WaitingList}.");
            }
        }

        foreach (var id in pools.Keys.Where(id => !reported.Contains(id)).Order(StringComparer.Ordinal))
        {
            yield return new(ViolationKind.UnknownOrMissing, $"Pool {id} is missing from the pool figures.");
        }
    }

    private static string Describe(string? pool) => pool is null ? "no seat" : $"pool {pool}";

    private static string Describe(int? rank) => rank?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none";

    private sealed class PoolTally(AllocationPool pool, Dictionary<string, int> ranks)
    {
        public AllocationPool Pool { get; } = pool;

        public Dictionary<string, int> Ranks { get; } = ranks;

        public int Admitted { get; set; }

        public int WorstRank { get; set; }

        public string? WorstCandidate { get; set; }

        public int WaitingList { get; set; }
    }
}
