using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Recruitment.Cli.Tests;

public sealed class GenerateInstanceCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Generate(string name, int seed, int candidates = 2_000, int pools = 40, int wishes = 6)
    {
        var output = _folder.File(name);
        var run = Cli.Run(
            "generate-instance",
            "--candidates", $"{candidates}",
            "--pools", $"{pools}",
            "--wishes", $"{wishes}",
            "--seed", $"{seed}",
            "--output", output);
        Assert.Equal(0, run.ExitCode);
        return output;
    }

    [Theory]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(8)]
    public void A_generated_instance_shuffled_and_allocated_in_another_culture_gives_the_same_bytes(int seed)
    {
        var instance = JsonNode.Parse(File.ReadAllText(Generate("instance.json", seed)))!.AsObject();
        var random = new Random(seed);
        var shuffled = new JsonObject
        {
            ["candidates"] = Shuffle(instance["candidates"]!.AsArray(), random),
            ["rankings"] = new JsonObject(instance["rankings"]!.AsObject().OrderBy(_ => random.Next()).Select(r => KeyValuePair.Create(r.Key, r.Value?.DeepClone()))),
            ["pools"] = Shuffle(instance["pools"]!.AsArray(), random),
        };
        var shuffledPath = _folder.Write("shuffled.json", shuffled.ToJsonString());

        var first = Cli.Run("allocate", "--input", _folder.File("instance.json"), "--output", _folder.File("a.json"), "--explain");
        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("tr-TR");
        Cli second;
        try
        {
            second = Cli.Run("allocate", "--input", shuffledPath, "--output", _folder.File("b.json"), "--explain");
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }

        Assert.Equal((0, 0), (first.ExitCode, second.ExitCode));
        Assert.NotEqual(File.ReadAllBytes(_folder.File("instance.json")), File.ReadAllBytes(shuffledPath));
        Assert.Equal(File.ReadAllBytes(_folder.File("a.json")), File.ReadAllBytes(_folder.File("b.json")));
    }

    private static JsonArray Shuffle(JsonArray items, Random random) =>
        new([.. items.Select(i => i!.DeepClone()).OrderBy(_ => random.Next())]);

    [Fact]
    public void The_same_seed_gives_identical_bytes()
    {
        var first = File.ReadAllBytes(Generate("a.json", seed: 7));

        var second = File.ReadAllBytes(Generate("b.json", seed: 7));

        Assert.Equal(first, second);
    }

    [Fact]
    public void Another_seed_gives_another_instance()
    {
        var first = File.ReadAllBytes(Generate("a.json", seed: 7));

        var second = File.ReadAllBytes(Generate("b.json", seed: 8));

        Assert.NotEqual(first, second);
    }

    [Fact]
    public void A_generated_instance_has_one_ranking_per_track_fewer_seats_than_candidates_and_wishes_within_the_track()
    {
        using var instance = JsonDocument.Parse(File.ReadAllBytes(Generate("instance.json", seed: 3, wishes: 5)));
        var root = instance.RootElement;

        var rankings = root.GetProperty("rankings").EnumerateObject().Select(r => r.Name).ToList();
        Assert.Equal(["MP", "PC", "PSI", "BCPST", "PT", "TSI", "ATS", "AST"], rankings);
        var pools = root.GetProperty("pools").EnumerateArray().ToDictionary(p => p.GetProperty("id").GetString()!, p => p.GetProperty("ranking").GetString());
        Assert.Equal(40, pools.Count);
        var seats = root.GetProperty("pools").EnumerateArray().Sum(p => p.GetProperty("capacity").GetInt32());
        Assert.InRange(seats, 1_500, 1_999);
        foreach (var candidate in root.GetProperty("candidates").EnumerateArray())
        {
            var wishes = candidate.GetProperty("wishes").EnumerateArray().Select(w => w.GetString()!).ToList();
            Assert.InRange(wishes.Count, 1, 5);
            Assert.Single(wishes.Select(w => pools[w]).Distinct());
        }
    }

    [Fact]
    public void Allocating_a_generated_instance_passes_the_verifier()
    {
        var input = Generate("instance.json", seed: 11, candidates: 5_000, pools: 60, wishes: 8);

        var run = Cli.Run("allocate", "--input", input, "--output", _folder.File("result.json"), "--explain");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("the verifier found no violation", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--candidates", "many")]
    [InlineData("--pools", "0")]
    [InlineData("--wishes", "-1")]
    public void A_count_that_is_not_a_usable_whole_number_exits_with_2(string option, string value)
    {
        var args = new Dictionary<string, string>
        {
            ["--candidates"] = "10", ["--pools"] = "8", ["--wishes"] = "3", ["--seed"] = "1", ["--output"] = _folder.File("i.json"),
        };
        args[option] = value;

        var run = Cli.Run(["generate-instance", .. args.SelectMany(a => new[] { a.Key, a.Value })]);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"Option {option} must be a whole number", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(_folder.File("i.json")));
    }
}
