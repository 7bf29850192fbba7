using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Recruitment.Domain.Rankings;

namespace Recruitment.Benchmarks;

/// <summary>
/// The merit ranking of one track of 100,000 candidates: five subjects (coefficients 8, 6, 4, 3, 2), marks drawn
/// around 10.5 with a spread of 3.5 in quarter points (so scores and tie-break marks often coincide), bar 8, chain MATH
/// then PHYS, about 0.5% of the candidates missing a mark. Seed 42 for the data.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 3, iterationCount: 15)]
[MemoryDiagnoser]
public class RankingBenchmarks
{
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private static readonly RankingRules Rules = new(
        2027,
        "MP",
        [new("MATH", 8), new("PHYS", 6), new("INFO", 4), new("FREN", 3), new("ENGL", 2)],
        8m,
        ["MATH", "PHYS"]);

    private RankingCandidate[] _candidates = [];
    private MeritRankingResult _result = null!;

    [Params(100_000)]
    public int Candidates { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        var numbers = new HashSet<string>(StringComparer.Ordinal);
        _candidates = new RankingCandidate[Candidates];
        for (var i = 0; i < _candidates.Length; i++)
        {
            string number;
            do
            {
                number = string.Create(13, random, static (span, r) =>
                {
                    "2027-".CopyTo(span);
                    for (var c = 5; c < span.Length; c++)
                    {
                        span[c] = Alphabet[r.Next(Alphabet.Length)];
                    }
                });
            }
            while (!numbers.Add(number));

            var marks = Rules.Subjects
                .Where(_ => random.NextDouble() >= 0.001)
                .Select(s => KeyValuePair.Create(s.Subject, Mark.FromHundredths(QuarterPoints(random))));
            _candidates[i] = new RankingCandidate(number, marks);
        }

        _result = MeritRanking.Compute(Rules, _candidates, "Concours 2027 MP");
    }

    [Benchmark(Baseline = true)]
    public MeritRankingResult Compute() => MeritRanking.Compute(Rules, _candidates, "Concours 2027 MP");

    [Benchmark]
    public string CanonicalHash() => CanonicalRanking.Of(_result).Sha256;

    [Benchmark]
    public RankingStatistics Statistics() => RankingStatistics.Of(_result);

    /// <summary>A mark around 10.5 with a spread of 3.5 (Box–Muller), in quarter points from 0 to 20.</summary>
    private static int QuarterPoints(Random random)
    {
        var normal = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        var quarters = (int)Math.Round((10.5 + (3.5 * normal)) * 4);
        return Math.Clamp(quarters, 0, 80) * 25;
    }
}
