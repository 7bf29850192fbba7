using System.Text;
using Recruitment.Cli.Commands;

namespace Recruitment.Cli.Tests;

/// <summary>The import-marks and generate-marks commands on a database of their own.</summary>
public sealed class ImportMarksCommandTests(MarksDatabase database) : IClassFixture<MarksDatabase>, IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private Cli Import(string csv, params string[] more) => ImportBytes(Encoding.UTF8.GetBytes(csv), more);

    private Cli ImportBytes(byte[] content, params string[] more)
    {
        var path = _folder.File($"marks-{Guid.NewGuid():N}.csv");
        File.WriteAllBytes(path, content);
        return Cli.Run([new ImportMarksCommand(database.Configuration)], ["import-marks", path, "--campaign", $"{MarksDatabase.Year}", .. more]);
    }

    [Fact]
    public async Task A_dry_run_checks_and_shows_the_marks_but_changes_nothing()
    {
        var before = await database.ReadAsync();

        // Subjects that no other test of this class imports, so the preview is the same in any order.
        var run = Import($"application;subject;mark\n{database.Numbers[0]};INFO;12,5\n{database.Numbers[1]};ANGL;14\n", "--dry-run");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("2 marks to add, 0 to change, 0 unchanged, for 2 applications.", run.Out, StringComparison.Ordinal);
        Assert.Contains("Nothing was changed (--dry-run).", run.Out, StringComparison.Ordinal);
        Assert.Equal(before, await database.ReadAsync());
    }

    [Fact]
    public async Task Every_bad_line_is_listed_with_exit_code_2_and_nothing_is_imported()
    {
        var before = await database.ReadAsync();
        var csv = string.Join('\n',
            "application;subject;mark",
            $"{database.Numbers[0]};MATH;12",
            $"{MarksDatabase.Year}-NOPE;MATH;12",
            $"{database.Numbers[2]};MATH;12",
            $"{database.Numbers[3]};MATH;12",
            $"{database.Numbers[0]};BIO;12",
            $"{database.Numbers[0]};PHYS;20,01",
            $"{database.Numbers[0]};MATH;11",
            string.Empty);

        var run = Import(csv);

        Assert.Equal(2, run.ExitCode);
        var lines = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal("The file has 6 problem(s); nothing was imported:", lines[0]);
        Assert.Equal(
            [
                $"line 3: Unknown application {MarksDatabase.Year}-NOPE in campaign {MarksDatabase.Year}.",
                $"line 4: Application {database.Numbers[2]} is not eligible: only eligible, submitted applications get marks.",
                $"line 5: Application {database.Numbers[3]} is not eligible: only eligible, submitted applications get marks.",
                $"line 6: Unknown subject 'BIO' for application {database.Numbers[0]}: the subjects of track MP are ANGL, FRAN, INFO, MATH, PHYS.",
                "line 7: The mark 20,01 is out of range: a mark is from 0 to 20.",
                $"line 8: Application {database.Numbers[0]} has a second MATH mark in the file; the first one is on line 2.",
            ],
            lines[1..]);
        Assert.Equal(before, await database.ReadAsync());
    }

    [Fact]
    public async Task An_empty_file_and_a_Latin_1_file_are_refused_with_exit_code_2()
    {
        var before = await database.ReadAsync();

        var empty = ImportBytes([]);
        var latin1 = ImportBytes(Encoding.Latin1.GetBytes($"application;matière;note\n{database.Numbers[0]};MATH;12\n"));

        Assert.Equal((2, 2), (empty.ExitCode, latin1.ExitCode));
        Assert.Contains("file: The file is empty", empty.Error, StringComparison.Ordinal);
        Assert.Contains("file: The file is not UTF-8 (Latin-1?)", latin1.Error, StringComparison.Ordinal);
        Assert.Equal(before, await database.ReadAsync());
    }

    [Fact]
    public async Task A_good_file_is_imported_then_a_second_import_replaces_and_audits()
    {
        var first = Import($"application;MATH;PHYS\n{database.Numbers[1]};10;11\n");
        var second = Import($"application;MATH;PHYS\n{database.Numbers[1]};10;13,25\n");

        Assert.Equal((0, 0), (first.ExitCode, second.ExitCode));
        Assert.Contains("2 added, 0 changed, 0 unchanged, for 1 applications.", first.Out, StringComparison.Ordinal);
        Assert.Contains($"line 2: {database.Numbers[1]} PHYS 11.00 -> 13.25", second.Out, StringComparison.Ordinal);
        Assert.Contains("0 added, 1 changed, 1 unchanged", second.Out, StringComparison.Ordinal);
        var (marks, _) = await database.ReadAsync();
        Assert.Contains($"{database.Numbers[1]} PHYS 1325", marks);
        Assert.Contains($"{database.Numbers[1]} MATH 1000", marks);
    }

    [Fact]
    public void An_unknown_campaign_or_a_missing_file_is_refused_with_exit_code_2()
    {
        var campaign = Cli.Run([new ImportMarksCommand(database.Configuration)], "import-marks", _folder.Write("m.csv", "application;subject;mark\nX;MATH;1\n"), "--campaign", "2099");
        var file = Cli.Run([new ImportMarksCommand(database.Configuration)], "import-marks", _folder.File("none.csv"), "--campaign", $"{MarksDatabase.Year}");
        var usage = Cli.Run([new ImportMarksCommand(database.Configuration)], "import-marks", "--campaign", $"{MarksDatabase.Year}");

        Assert.Equal((2, "Campaign '2099' was not found."), (campaign.ExitCode, campaign.Error.Trim()));
        Assert.Equal(2, file.ExitCode);
        Assert.Contains("does not exist", file.Error, StringComparison.Ordinal);
        Assert.Equal(2, usage.ExitCode);
        Assert.Contains("Missing option --file", usage.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Generated_marks_cover_every_eligible_application_in_every_subject_of_its_track_and_import()
    {
        var output = _folder.File("generated.csv");

        var generated = Cli.Run([new GenerateMarksCommand(database.Configuration)], "generate-marks", "--campaign", $"{MarksDatabase.Year}", "--output", output, "--seed", "7");
        var again = Cli.Run([new GenerateMarksCommand(database.Configuration)], "generate-marks", "--campaign", $"{MarksDatabase.Year}", "--output", output + "2", "--seed", "7");
        var preview = Cli.Run([new ImportMarksCommand(database.Configuration)], "import-marks", output, "--campaign", $"{MarksDatabase.Year}", "--dry-run");

        Assert.Equal(0, generated.ExitCode);
        Assert.Contains("Wrote", generated.Out, StringComparison.Ordinal);
        Assert.Contains("10 marks for 2 applications", generated.Out, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllBytes(output), File.ReadAllBytes(output + "2"));
        Assert.Equal(0, again.ExitCode);
        Assert.Equal(0, preview.ExitCode);
    }
}
