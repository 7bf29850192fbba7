using System.Globalization;
using System.Text.Json;
using Recruitment.Domain.Allocation;

namespace Recruitment.Domain.Tests.Allocation;

/// <summary>
/// Properties of deferred acceptance checked on seeded random instances. A failure names its seed: replay it with
/// <c>RandomInstances.Create(seed, ...)</c>.
/// </summary>
public sealed class AllocationPropertyTests
{
    private const int Seeds = 1_000;

    [Fact]
    public void Every_allocation_passes_the_verifier()
    {
        Seeded.ForEach(Seeds, seed =>
        {
            var instance = RandomInstances.Create(seed, maxCandidates: 30, maxPools: 8).Build();

            var violations = AllocationVerifier.Verify(instance, DeferredAcceptance.Allocate(instance));

            Assert.True(violations.Count == 0, $"Seed {seed}: {string.Join(" ", violations)}");
        });
    }

    [Fact]
    public void Under_one_common_ranking_the_allocation_equals_serial_dictatorship()
    {
        Seeded.ForEach(Seeds, seed =>
        {
            var spec = RandomInstances.Create(seed, maxCandidates: 30, maxPools: 8, oneRanking: true);

            var result = spec.Allocate();

            Assert.True(
                SerialDictatorship(spec).SequenceEqual(result.Assignments),
                $"Seed {seed}: deferred acceptance and serial dictatorship differ.");
        });
    }

    [Fact]
    public void No_other_wish_list_gives_a_candidate_a_pool_they_prefer()
    {
        Seeded.ForEach(Seeds, seed =>
        {
            var spec = RandomInstances.Create(seed, maxCandidates: 5, maxPools: 4);
            var truthful = spec.Allocate().Assignments.ToDictionary(a => a.Candidate, a => a.Pool);

            foreach (var candidate in spec.Candidates)
            {
                var honest = InstanceSpec.Standing(candidate, truthful[candidate.Id]);
                foreach (var lie in OrderedSubsets(spec.Pools.Select(p => p.Id).ToList()))
                {
                    var obtained = spec.WithWishes(candidate.Id, lie).Allocate().Assignments.Single(a => a.Candidate == candidate.Id).Pool;
                    var standing = obtained is not null && candidate.Wishes.Contains(obtained)
                        ? InstanceSpec.Standing(candidate, obtained)
                        : candidate.Wishes.Count;

                    Assert.True(
                        standing >= honest,
                        $"Seed {seed}: candidate {candidate.Id} does better by wishing [{string.Join(", ", lie)}] than [{string.Join(", ", candidate.Wishes)}].");
                }
            }
        });
    }

    [Fact]
    public void Adding_a_seat_never_hurts_anyone()
    {
        Seeded.ForEach(Seeds, seed =>
        {
            var spec = RandomInstances.Create(seed, maxCandidates: 30, maxPools: 8);
            var pool = spec.Pools[seed % spec.Pools.Count];

            var before = spec.Allocate();
            var after = spec.WithCapacity(pool.Id, pool.Capacity + 1).Allocate();

            AssertNobodyWorseOff(spec, before, after, $"Seed {seed}, one more seat in {pool.Id}");
        });
    }

    [Fact]
    public void Removing_a_candidate_never_hurts_anyone_else()
    {
        Seeded.ForEach(Seeds, seed =>
        {
            var spec = RandomInstances.Create(seed, maxCandidates: 30, maxPools: 8);
            var leaving = spec.Candidates[seed % spec.Candidates.Count].Id;

            var before = spec.Allocate();
            var after = spec.WithoutCandidate(leaving).Allocate();

            AssertNobodyWorseOff(spec, before, after, $"Seed {seed}, without {leaving}");
        });
    }

    [Fact]
    public void Shuffled_input_gives_byte_identical_output()
    {
        var cultures = new[] { "fr-FR", "tr-TR", "ar-SA", "ja-JP" }.Select(CultureInfo.GetCultureInfo).ToArray();
        Seeded.ForEach(Seeds, seed =>
        {
            var spec = RandomInstances.Create(seed, maxCandidates: 30, maxPools: 8);
            var expected = Serialise(spec.Allocate());

            var shuffled = spec.Shuffled(new Random(seed));
            var actual = InCulture(cultures[seed % cultures.Length], () => Serialise(shuffled.Allocate()));

            Assert.True(expected.AsSpan().SequenceEqual(actual), $"Seed {seed}: the shuffled instance gives other bytes.");
        });
    }

    private static void AssertNobodyWorseOff(InstanceSpec spec, AllocationResult before, AllocationResult after, string context)
    {
        var obtainedBefore = before.Assignments.ToDictionary(a => a.Candidate, a => a.Pool);
        foreach (var (id, pool) in after.Assignments)
        {
            var candidate = spec.Candidates.Single(c => c.Id == id);
            Assert.True(
                InstanceSpec.Standing(candidate, pool) <= InstanceSpec.Standing(candidate, obtainedBefore[id]),
                $"{context}: candidate {id} moves from {obtainedBefore[id] ?? "no seat"} to {pool ?? "no seat"}.");
        }
    }

    /// <summary>The oracle: in merit order, each candidate takes their best wish that still has a seat.</summary>
    private static List<Assignment> SerialDictatorship(InstanceSpec spec)
    {
        var ranking = Assert.Single(spec.Rankings).Value;
        var seatsLeft = spec.Pools.ToDictionary(p => p.Id, p => p.Capacity);
        var obtained = new Dictionary<string, string?>();
        foreach (var id in ranking)
        {
            var candidate = spec.Candidates.FirstOrDefault(c => c.Id == id);
            var pool = candidate?.Wishes.FirstOrDefault(w => seatsLeft[w] > 0);
            if (pool is not null)
            {
                seatsLeft[pool]--;
                obtained[id] = pool;
            }
        }

        return [.. spec.Candidates.Select(c => new Assignment(c.Id, obtained.GetValueOrDefault(c.Id))).OrderBy(a => a.Candidate, StringComparer.Ordinal)];
    }

    private static IEnumerable<List<string>> OrderedSubsets(List<string> pools)
    {
        yield return [];
        for (var i = 0; i < pools.Count; i++)
        {
            var rest = pools.Where((_, j) => j != i).ToList();
            foreach (var tail in OrderedSubsets(rest))
            {
                yield return [pools[i], .. tail];
            }
        }
    }

    private static byte[] Serialise(AllocationResult result) => JsonSerializer.SerializeToUtf8Bytes(new
    {
        result.Assignments,
        result.Pools,
        Explanations = result.Assignments.Select((_, i) => result.ExplainAt(i)),
    });

    private static T InCulture<T>(CultureInfo culture, Func<T> action)
    {
        var (current, currentUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
        try
        {
            return action();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (current, currentUi);
        }
    }
}
