using Recruitment.Application.Allocation;
using Recruitment.Cli.CommandLine;
using Recruitment.Cli.Instances;
using Recruitment.Domain.Allocation;

namespace Recruitment.Cli.Commands;

/// <summary>
/// <c>allocate --input instance.json --output result.json [--explain]</c>: runs deferred acceptance on an instance,
/// checks the result with the verifier and writes it; an unsound result is reported and never written.
/// </summary>
internal sealed class AllocateCommand(Func<AllocationInstance, AllocationResult> allocate) : ICommand
{
    private const int ViolationsShown = 20;

    public AllocateCommand()
        : this(DeferredAcceptance.Allocate)
    {
    }

    public string Name => "allocate";

    public string Summary => "Allocates the seats of an instance by deferred acceptance, verifies the result and writes it.";

    public IReadOnlyList<Option> Options { get; } =
    [
        new("input", "FILE", "the instance (JSON, see docs/allocation-format.md)", Required: true),
        new("output", "FILE", "where to write the result (JSON)", Required: true),
        new("explain", null, "tell each candidate why they did not obtain their better wishes"),
    ];

    public int Execute(ParsedArguments arguments, TextWriter stdout, TextWriter stderr)
    {
        var input = arguments.Value("input");
        var output = arguments.Value("output");
        var explain = arguments.Has("explain");
        if (!File.Exists(input))
        {
            throw new InvalidInputException($"The input file {input} does not exist.");
        }

        AtomicFile.CheckFolderExists(output);

        var instance = InstanceReader.Read(File.ReadAllBytes(input), Path.GetFileName(input));
        var result = allocate(instance);
        var violations = AllocationVerifier.Verify(instance, result);
        if (violations.Count > 0)
        {
            stderr.WriteLine($"The allocation failed verification ({violations.Count} violations); nothing was written.");
            foreach (var violation in violations.Take(ViolationsShown))
            {
                stderr.WriteLine($"  {violation.Message}");
            }

            if (violations.Count > ViolationsShown)
            {
                stderr.WriteLine($"  ... and {violations.Count - ViolationsShown} more.");
            }

            return ExitCodes.VerificationFailed;
        }

        AtomicFile.Write(output, stream => ResultWriter.Write(stream, result, explain));

        var admitted = result.Pools.Sum(p => (long)p.Admitted);
        stdout.WriteLine(
            $"Allocated {admitted} of {result.Assignments.Count} candidates to {result.Pools.Count} pools; the verifier found no violation. Wrote {output}.");
        return ExitCodes.Success;
    }
}
