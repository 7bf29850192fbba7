using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Recruitment.Cli.Instances;
using Recruitment.Domain.Allocation;

namespace Recruitment.Benchmarks;

/// <summary>
/// The allocation engine on generated instances with up to 10 wishes per candidate over 1,000 pools (the
/// <c>generate-instance</c> generator, seed 42). Each step is measured alone: checking and indexing the instance,
/// deferred acceptance itself, the verifier, and the explanations for every candidate.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
[MemoryDiagnoser]
public class AllocationBenchmarks
{
    private GeneratedInstance _generated = null!;
    private AllocationInstance _instance = null!;
    private AllocationResult _result = null!;

    [Params(100_000, 1_000_000)]
    public int Candidates { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _generated = InstanceGenerator.Generate(Candidates, pools: 1_000, maxWishes: 10, seed: 42);
        _instance = _generated.ToInstance();
        _result = DeferredAcceptance.Allocate(_instance);
    }

    [Benchmark]
    public AllocationInstance CreateInstance() => _generated.ToInstance();

    [Benchmark(Baseline = true)]
    public AllocationResult Allocate() => DeferredAcceptance.Allocate(_instance);

    [Benchmark]
    public int Verify() => AllocationVerifier.Verify(_instance, _result).Count;

    [Benchmark]
    public int ExplainEveryone()
    {
        var refusals = 0;
        for (var i = 0; i < _result.Assignments.Count; i++)
        {
            refusals += _result.ExplainAt(i).Count;
        }

        return refusals;
    }
}
