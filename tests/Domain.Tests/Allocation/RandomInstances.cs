using Recruitment.Domain.Allocation;

namespace Recruitment.Domain.Tests.Allocation;

/// <summary>Small random instances from a seed: a few rankings that leave some candidates out and list some people who are not candidates.</summary>
internal static class RandomInstances
{
    public static InstanceSpec Create(int seed, int maxCandidates, int maxPools, bool oneRanking = false)
    {
        var random = new Random(seed);
        var candidateIds = Enumerable.Range(1, random.Next(1, maxCandidates + 1)).Select(i => $"C{i}").ToArray();
        var poolIds = Enumerable.Range(1, random.Next(1, maxPools + 1)).Select(i => $"P{i}").ToArray();
        var rankingCount = oneRanking ? 1 : random.Next(1, poolIds.Length + 1);

        var rankings = new Dictionary<string, List<string>>();
        for (var r = 1; r <= rankingCount; r++)
        {
            var members = candidateIds.Where(_ => random.NextDouble() < 0.85).ToList();
            members.AddRange(Enumerable.Range(1, random.Next(0, 3)).Select(i => $"R{r}.{i}"));
            rankings[$"K{r}"] = [.. members.OrderBy(_ => random.Next())];
        }

        var pools = poolIds
            .Select(id => new AllocationPool(id, random.Next(0, 4), $"K{random.Next(1, rankingCount + 1)}"))
            .ToList();
        var candidates = candidateIds
            .Select(id => new AllocationCandidate(id, poolIds.Where(_ => random.NextDouble() < 0.6).OrderBy(_ => random.Next())))
            .ToList();
        return new InstanceSpec(rankings, pools, candidates);
    }
}
