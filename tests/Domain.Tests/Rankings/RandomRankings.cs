using Recruitment.Domain.Rankings;

namespace Recruitment.Domain.Tests.Rankings;

/// <summary>A random ranking problem: rules, candidates and lottery seed.</summary>
internal sealed record RankingInstance(RankingRules Rules, IReadOnlyList<RankingCandidate> Candidates, string Seed)
{
    public MeritRankingResult Compute() => MeritRanking.Compute(Rules, Candidates, Seed);

    public MeritRankingResult ComputeWith(string seed) => MeritRanking.Compute(Rules, Candidates, seed);

    /// <summary>The same candidates in another order, each with their marks in another order.</summary>
    public RankingInstance Shuffled(Random random) => this with
    {
        Candidates = [.. Candidates
            .OrderBy(_ => random.Next())
            .Select(c => new RankingCandidate(c.ApplicationNumber, c.Marks.OrderBy(_ => random.Next())))],
    };
}

/// <summary>
/// Small random ranking problems from a seed, made to tie often: few distinct marks, a chain of some of the subjects,
/// some missing marks, some marks of subjects outside the rules, and ids that sort differently ordinally and by culture.
/// </summary>
internal static class RandomRankings
{
    private static readonly decimal[] Coefficients = [0m, 1m, 1m, 2m, 3m, 0.5m, 1.25m, 37m];
    private static readonly decimal[] Bars = [0m, 8m, 10m, 10.5m, 11.99m];
    private static readonly string[] IdPrefixes = ["a", "A", "b", "B", "Z", "2027-", "_", "~"];

    public static RankingInstance Create(int seed, int maxCandidates = 40)
    {
        var random = new Random(seed);
        var subjects = Enumerable.Range(1, random.Next(1, 8)).Select(i => $"S{i}").ToArray();
        var coefficients = subjects.Select(_ => Coefficients[random.Next(Coefficients.Length)]).ToArray();
        if (coefficients.All(c => c == 0))
        {
            coefficients[random.Next(coefficients.Length)] = 1m;
        }

        var chain = subjects.Where(_ => random.NextDouble() < 0.7).OrderBy(_ => random.Next()).ToArray();
        var rules = new RankingRules(
            2027,
            "MP",
            subjects.Select((s, i) => new SubjectCoefficient(s, coefficients[i])),
            Bars[random.Next(Bars.Length)],
            chain);

        // A few distinct marks per instance, so that scores and tie-break marks often coincide.
        var palette = Enumerable.Range(0, random.Next(1, 6)).Select(_ => random.Next(500, 2001)).ToArray();
        var candidates = new List<RankingCandidate>();
        var count = random.Next(0, maxCandidates + 1);
        for (var i = 0; i < count; i++)
        {
            var id = $"{IdPrefixes[random.Next(IdPrefixes.Length)]}{random.Next(1000)}-{i}";
            var marks = new Dictionary<string, Mark>();
            foreach (var subject in subjects)
            {
                if (random.NextDouble() >= 0.03)
                {
                    marks[subject] = Mark.FromHundredths(random.NextDouble() < 0.9 ? palette[random.Next(palette.Length)] : random.Next(0, 2001));
                }
            }

            if (random.NextDouble() < 0.1)
            {
                marks["OTHER"] = Mark.FromHundredths(random.Next(0, 2001));
            }

            candidates.Add(new RankingCandidate(id, marks));
        }

        var lotterySeed = $"seed {random.Next()} !~";
        return new RankingInstance(rules, candidates, lotterySeed);
    }
}
