using System.Text;
using System.Text.Json;
using Recruitment.Cli.Commands;
using Recruitment.Domain.Allocation;

namespace Recruitment.Cli.Tests;

public sealed class AllocateCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private Cli Allocate(string instance, params string[] more) =>
        Cli.Run(["allocate", "--input", _folder.Write("instance.json", instance), "--output", _folder.File("result.json"), .. more]);

    [Fact]
    public void Allocating_the_worked_example_writes_the_expected_result()
    {
        var run = Allocate(WorkedExample.Instance);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        Assert.Equal(WorkedExample.Result, File.ReadAllText(_folder.File("result.json")));
    }

    [Fact]
    public void The_result_is_UTF8_without_a_byte_order_mark_and_leaves_no_temporary_file()
    {
        Allocate(WorkedExample.Instance);

        var bytes = File.ReadAllBytes(_folder.File("result.json"));
        Assert.False(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble));
        Assert.Equal(["instance.json", "result.json"], Directory.GetFiles(_folder.Path).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void With_explain_E_and_F_are_told_why()
    {
        var run = Allocate(WorkedExample.Instance, "--explain");

        Assert.Equal(0, run.ExitCode);
        using var result = JsonDocument.Parse(File.ReadAllBytes(_folder.File("result.json")));
        var explanations = result.RootElement.GetProperty("assignments").EnumerateArray()
            .ToDictionary(a => a.GetProperty("candidate").GetString()!, a => a.GetProperty("explanation").GetRawText());
        Assert.Equal(
            """[{"pool":"P3","reason":"full","lastAdmittedRank":2,"rank":5},{"pool":"P2","reason":"not-eligible"}]""",
            Compact(explanations["E"]));
        Assert.Equal(
            """[{"pool":"P2","reason":"full","lastAdmittedRank":4,"rank":5},{"pool":"P3","reason":"full","lastAdmittedRank":2,"rank":6},{"pool":"P1","reason":"full","lastAdmittedRank":1,"rank":6}]""",
            Compact(explanations["F"]));
        Assert.Equal("[]", Compact(explanations["A"]));
    }

    [Fact]
    public void Shuffled_input_gives_byte_identical_output()
    {
        Allocate(WorkedExample.Instance, "--explain");
        var first = File.ReadAllBytes(_folder.File("result.json"));

        Allocate(WorkedExample.Shuffled, "--explain");

        Assert.Equal(first, File.ReadAllBytes(_folder.File("result.json")));
    }

    [Theory]
    [InlineData("{ \"rankings\": {}, \"pools\": [ }", "instance.json is not valid JSON at line 1, position 30")]
    [InlineData("{ \"rankings\": { \"M\": [\"A\"] },\n \"pools\": [],\n \"candidates\": [ { \"id\": \"A\", \"wishes\": [\"P9\"] } ] }", "Candidate A wishes pool P9, which is not among the pools.")]
    [InlineData("{ \"rankings\": { \"M\": [\"A\"] }, \"pools\": [ { \"id\": \"P\", \"capacity\": 1, \"ranking\": \"M\" } ], \"candidates\": [ { \"id\": \"A\", \"wishes\": [\"P\", \"P\"] } ] }", "Candidate A wishes pool P twice.")]
    [InlineData("{ \"rankings\": { \"M\": [\"A\"] }, \"pools\": [ { \"id\": \"P\", \"capacity\": 1, \"ranking\": \"X\" } ], \"candidates\": [] }", "Pool P names ranking X, which is not among the rankings.")]
    [InlineData("{ \"rankings\": { \"M\": [\"A\"] }, \"pools\": [], \"candidates\": [ { \"id\": \"A\", \"wishes\": [] }, { \"id\": \"A\", \"wishes\": [] } ] }", "Candidate A is listed twice among the candidates.")]
    [InlineData("{ \"rankings\": { \"M\": [] }, \"pools\": [ { \"id\": \"P\", \"capacity\": 1, \"ranking\": \"M\" }, { \"id\": \"P\", \"capacity\": 2, \"ranking\": \"M\" } ], \"candidates\": [] }", "Pool P is listed twice among the pools.")]
    [InlineData("{ \"rankings\": { \"M\": [\"A\", \"B\", \"A\"] }, \"pools\": [], \"candidates\": [ { \"id\": \"A\", \"wishes\": [] } ] }", "Ranking M lists A twice (positions 1 and 3).")]
    [InlineData("{ \"rankings\": { \"M\": [] }, \"pools\": [ { \"id\": \"P\", \"capacity\": -2, \"ranking\": \"M\" } ], \"candidates\": [] }", "Pool P has a negative capacity (-2).")]
    [InlineData("{ \"rankings\": { \"M\": [] }, \"pools\": [ { \"id\": \"P\", \"capacity\": 1.5, \"ranking\": \"M\" } ], \"candidates\": [] }", "instance.json, line 1, position 64: pools[0].capacity must be a whole number of seats.")]
    [InlineData("{ \"rankings\": { \"M\": [] }, \"pools\": [],\n  \"candidates\": [ { \"id\": \"A\" } ] }", "instance.json: candidates[0] has no \"wishes\".")]
    [InlineData("{ \"rankings\": { \"M\": [] }, \"pools\": [] }", "instance.json: the instance has no \"candidates\".")]
    [InlineData("{ \"rankings\": { \"M\": [] }, \"pools\": [], \"candidates\": [],\n  \"seats\": 3 }", "instance.json, line 2, position 3: the instance has an unknown property \"seats\".")]
    [InlineData("{ \"rankings\": { \"M\": [], \"M\": [] }, \"pools\": [], \"candidates\": [] }", "ranking M is defined twice.")]
    [InlineData("{ \"rankings\": { \"M\": [1] }, \"pools\": [], \"candidates\": [] }", "ranking M[0] must be a candidate id.")]
    public void A_bad_instance_exits_with_2_names_the_problem_and_writes_nothing(string instance, string message)
    {
        var run = Allocate(instance);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.Equal(1, run.Error.Count(c => c == '\n'));
        Assert.False(File.Exists(_folder.File("result.json")));
    }

    [Fact]
    public void A_bad_instance_leaves_an_existing_output_file_as_it_was()
    {
        var output = _folder.Write("result.json", "previous result");

        var run = Allocate("{ \"rankings\": {}, \"pools\": [], \"candidates\": [ { \"id\": \"A\", \"wishes\": [\"P\"] } ] }");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("previous result", File.ReadAllText(output));
    }

    [Fact]
    public void A_successful_run_replaces_an_existing_output_file()
    {
        _folder.Write("result.json", "previous result");

        Allocate(WorkedExample.Instance);

        Assert.Equal(WorkedExample.Result, File.ReadAllText(_folder.File("result.json")));
    }

    [Fact]
    public void A_missing_input_file_exits_with_2()
    {
        var run = Cli.Run("allocate", "--input", _folder.File("absent.json"), "--output", _folder.File("result.json"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("absent.json does not exist", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(_folder.File("result.json")));
    }

    [Fact]
    public void An_output_in_a_folder_that_does_not_exist_exits_with_2()
    {
        var run = Cli.Run("allocate", "--input", _folder.Write("instance.json", WorkedExample.Instance), "--output", _folder.File("no/result.json"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("does not exist", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "allocate", "--input", "instance.json" }, "Missing option --output.")]
    [InlineData(new[] { "allocate", "--input", "instance.json", "--output", "r.json", "--fast" }, "Unknown option --fast for allocate.")]
    [InlineData(new[] { "allocate", "--input", "--output", "r.json" }, "Option --input needs a value (FILE).")]
    [InlineData(new[] { "allocate", "--input", "a.json", "--input", "b.json", "--output", "r.json" }, "Option --input is given twice.")]
    [InlineData(new[] { "allocate", "instance.json" }, "Unexpected argument 'instance.json'.")]
    [InlineData(new[] { "allot" }, "Unknown command 'allot'.")]
    public void A_wrong_command_line_exits_with_2_and_says_what_is_wrong(string[] args, string message)
    {
        var run = Cli.Run(args);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith(message, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_lists_the_options_and_exits_with_0()
    {
        var run = Cli.Run("allocate", "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("--explain", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void An_allocation_the_verifier_refuses_exits_with_3_and_writes_nothing()
    {
        // An allocator that leaves everyone without a seat wastes every wanted seat.
        static AllocationResult NobodyAdmitted(AllocationInstance instance) => DeferredAcceptance.Allocate(
            AllocationInstance.Create(instance.Rankings, instance.Pools.Select(p => p with { Capacity = 0 }), instance.Candidates));
        var input = _folder.Write("instance.json", WorkedExample.Instance);

        var run = Cli.Run([new AllocateCommand(NobodyAdmitted)], "allocate", "--input", input, "--output", _folder.File("result.json"));

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("failed verification", run.Error, StringComparison.Ordinal);
        Assert.Contains("Pool P1 has a free seat that candidate A (rank 1) wished more than no seat.", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(_folder.File("result.json")));
    }

    private static string Compact(string json) => JsonSerializer.Serialize(JsonDocument.Parse(json).RootElement);
}
