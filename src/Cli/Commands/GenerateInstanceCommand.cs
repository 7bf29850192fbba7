using Recruitment.Cli.CommandLine;
using Recruitment.Cli.Instances;

namespace Recruitment.Cli.Commands;

/// <summary><c>generate-instance --candidates N --pools P --wishes W --seed S --output F</c>: writes a realistic test instance.</summary>
internal sealed class GenerateInstanceCommand : ICommand
{
    public string Name => "generate-instance";

    public string Summary => "Writes a realistic allocation instance for tests and measurements; the same seed gives the same file.";

    public IReadOnlyList<Option> Options { get; } =
    [
        new("candidates", "N", "number of candidates", Required: true),
        new("pools", "P", "number of seat pools, spread over up to 8 tracks", Required: true),
        new("wishes", "W", "most wishes a candidate ranks (each ranks 1 to W)", Required: true),
        new("seed", "S", "seed of the random draws", Required: true),
        new("output", "FILE", "where to write the instance (JSON)", Required: true),
    ];

    public int Execute(ParsedArguments arguments, TextWriter stdout, TextWriter stderr)
    {
        var candidates = arguments.Integer("candidates", 0, 50_000_000);
        var pools = arguments.Integer("pools", 1, 1_000_000);
        var wishes = arguments.Integer("wishes", 1, 1_000);
        var seed = arguments.Long("seed");
        var output = arguments.Value("output");
        AtomicFile.CheckFolderExists(output);

        var instance = InstanceGenerator.Generate(candidates, pools, wishes, seed);
        AtomicFile.Write(output, stream => InstanceWriter.Write(stream, instance));

        stdout.WriteLine(
            $"Wrote {output}: {candidates} candidates, {instance.Pools.Length} pools with {instance.Pools.Sum(p => (long)p.Capacity)} seats, "
            + $"{instance.Candidates.Sum(c => (long)c.Wishes.Count)} wishes.");
        return ExitCodes.Success;
    }
}
