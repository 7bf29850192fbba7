using BenchmarkDotNet.Running;
using Recruitment.Benchmarks;

BenchmarkSwitcher.FromAssembly(typeof(AllocationBenchmarks).Assembly).Run(args);
