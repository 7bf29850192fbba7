using System.Globalization;
using Recruitment.Domain.Allocation;

namespace Recruitment.Cli.Instances;

/// <summary>A merit ranking as written in an instance file: its id and the people it orders, best first.</summary>
internal sealed record GeneratedRanking(string Id, string[] Members);

/// <summary>A generated instance, kept in the order it is written in.</summary>
internal sealed record GeneratedInstance(GeneratedRanking[] Rankings, AllocationPool[] Pools, AllocationCandidate[] Candidates)
{
    public AllocationInstance ToInstance() => AllocationInstance.Create(
        Rankings.ToDictionary(r => r.Id, r => (IReadOnlyList<string>)r.Members, StringComparer.Ordinal),
        Pools,
        Candidates);
}

/// <summary>
/// Makes realistic test instances from a seed: one ranking per track, tracks of uneven sizes, a few popular programs
/// and many less wanted ones, and somewhat fewer seats than candidates.
/// </summary>
/// <remarks>
/// Each candidate belongs to a track and wishes from one to the maximum number of that track's pools, drawn without
/// repetition with a Zipf-like popularity (the pool of popularity rank r is wished in proportion to 1/r). About 5% of a
/// track's candidates are under the admissibility bar and left out of its ranking (not eligible anywhere), and the
/// rankings also list about 1% people who resigned (not candidates). Only integer and exactly rounded arithmetic on
/// a seeded generator of our own is used, so a seed gives the same bytes on every machine.
/// </remarks>
internal static class InstanceGenerator
{
    public const double SeatsPerCandidate = 0.85;
    public const double UnrankedShare = 0.05;
    public const double ResignedShare = 0.01;

    private static readonly (string Code, int Share)[] Tracks =
    [
        ("MP", 30), ("PC", 22), ("PSI", 18), ("BCPST", 10), ("PT", 9), ("TSI", 5), ("ATS", 3), ("AST", 3),
    ];

    public static GeneratedInstance Generate(int candidates, int pools, int maxWishes, long seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(candidates);
        ArgumentOutOfRangeException.ThrowIfLessThan(pools, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxWishes, 1);

        var random = new SplitMix64(seed);
        var tracks = Tracks[..Math.Min(pools, Tracks.Length)];
        var shares = tracks.Select(t => (double)t.Share).ToArray();

        // Every track has at least one pool; the others follow the tracks' sizes.
        var poolsPerTrack = Apportion(pools - tracks.Length, shares).Select(n => n + 1).ToArray();

        var trackOf = new int[candidates];
        var cumulativeShare = Cumulative(shares);
        var candidatesPerTrack = new int[tracks.Length];
        for (var i = 0; i < candidates; i++)
        {
            trackOf[i] = Draw(cumulativeShare, random);
            candidatesPerTrack[trackOf[i]]++;
        }

        var allPools = new List<AllocationPool>(pools);
        var trackPools = new AllocationPool[tracks.Length][];
        var popularity = new double[tracks.Length][];
        var byPopularity = new int[tracks.Length][];
        for (var t = 0; t < tracks.Length; t++)
        {
            var count = poolsPerTrack[t];
            var seats = Apportion(
                (int)Math.Round(SeatsPerCandidate * candidatesPerTrack[t]),
                [.. Enumerable.Range(0, count).Select(_ => 0.5 + random.NextDouble())]);
            var programWidth = Digits((count + 1) / 2, 3);
            trackPools[t] = [.. Enumerable.Range(0, count).Select(j => new AllocationPool(
                $"ING{((j / 2) + 1).ToString($"D{programWidth}", CultureInfo.InvariantCulture)}/{(j % 2 == 0 ? "S" : "A")}/{tracks[t].Code}",
                seats[j],
                tracks[t].Code))];
            allPools.AddRange(trackPools[t]);

            byPopularity[t] = [.. Enumerable.Range(0, count)];
            random.Shuffle(byPopularity[t]);
            var weights = new double[count];
            for (var r = 0; r < count; r++)
            {
                weights[byPopularity[t][r]] = 1.0 / (r + 1);
            }

            popularity[t] = Cumulative(weights);
        }

        var idWidth = Digits(candidates, 7);
        var ids = new string[candidates];
        var allCandidates = new AllocationCandidate[candidates];
        var chosen = new List<int>(maxWishes);
        for (var i = 0; i < candidates; i++)
        {
            var t = trackOf[i];
            ids[i] = "C" + (i + 1).ToString($"D{idWidth}", CultureInfo.InvariantCulture);
            DrawWishes(popularity[t], byPopularity[t], 1 + random.Next(Math.Min(maxWishes, poolsPerTrack[t])), random, chosen);
            allCandidates[i] = new AllocationCandidate(ids[i], chosen.Select(p => trackPools[t][p].Id));
        }

        var rankings = new GeneratedRanking[tracks.Length];
        var resigned = 0;
        for (var t = 0; t < tracks.Length; t++)
        {
            var members = new List<string>(candidatesPerTrack[t]);
            for (var i = 0; i < candidates; i++)
            {
                if (trackOf[i] == t && random.NextDouble() >= UnrankedShare)
                {
                    members.Add(ids[i]);
                }
            }

            var gone = (int)Math.Round(ResignedShare * members.Count);
            for (var r = 0; r < gone; r++)
            {
                members.Add("R" + (++resigned).ToString($"D{idWidth}", CultureInfo.InvariantCulture));
            }

            var order = members.ToArray();
            random.Shuffle(order);
            rankings[t] = new GeneratedRanking(tracks[t].Code, order);
        }

        return new GeneratedInstance(rankings, [.. allPools], allCandidates);
    }

    /// <summary>Draws <paramref name="count"/> different pools by popularity into <paramref name="chosen"/>, best-liked first.</summary>
    private static void DrawWishes(double[] cumulative, int[] byPopularity, int count, SplitMix64 random, List<int> chosen)
    {
        chosen.Clear();
        for (var attempts = 0; chosen.Count < count && attempts < 32 * count; attempts++)
        {
            var pool = Draw(cumulative, random);
            if (!chosen.Contains(pool))
            {
                chosen.Add(pool);
            }
        }

        // Very rarely the draws keep hitting the same few popular pools: complete with the most popular ones left.
        foreach (var pool in byPopularity)
        {
            if (chosen.Count == count)
            {
                break;
            }

            if (!chosen.Contains(pool))
            {
                chosen.Add(pool);
            }
        }
    }

    private static double[] Cumulative(double[] weights)
    {
        var cumulative = new double[weights.Length];
        var sum = 0.0;
        for (var i = 0; i < weights.Length; i++)
        {
            sum += weights[i];
            cumulative[i] = sum;
        }

        return cumulative;
    }

    /// <summary>An index drawn in proportion to its weight, from the running sums of the weights.</summary>
    private static int Draw(double[] cumulative, SplitMix64 random)
    {
        var target = random.NextDouble() * cumulative[^1];
        int low = 0, high = cumulative.Length - 1;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (cumulative[middle] > target)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low;
    }

    /// <summary>Splits <paramref name="total"/> in proportion to the weights, the remainder going to the largest fractions.</summary>
    private static int[] Apportion(int total, double[] weights)
    {
        var sum = 0.0;
        foreach (var weight in weights)
        {
            sum += weight;
        }

        var parts = new int[weights.Length];
        var fractions = new double[weights.Length];
        for (var i = 0; i < weights.Length; i++)
        {
            var exact = total * weights[i] / sum;
            parts[i] = (int)Math.Floor(exact);
            fractions[i] = exact - parts[i];
        }

        var left = total - parts.Sum();
        var order = Enumerable.Range(0, weights.Length).OrderByDescending(i => fractions[i]).ThenBy(i => i).ToArray();
        for (var k = 0; k < left; k++)
        {
            parts[order[k]]++;
        }

        return parts;
    }

    private static int Digits(int value, int atLeast) =>
        Math.Max(atLeast, value.ToString(CultureInfo.InvariantCulture).Length);
}
