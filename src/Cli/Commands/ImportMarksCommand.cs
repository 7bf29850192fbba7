using System.Globalization;
using FluentValidation;
using Recruitment.Application.Common.Exceptions;
using Recruitment.Application.Marks;
using ImportMarks = Recruitment.Application.Marks.ImportMarks.ImportMarksCommand;
using Recruitment.Application.Marks.PreviewMarksImport;
using Recruitment.Cli.CommandLine;
using Recruitment.Cli.Database;
using Recruitment.Domain.Common;
using Spectre.Console;

namespace Recruitment.Cli.Commands;

/// <summary>
/// <c>import-marks FILE --campaign YEAR [--dry-run]</c>: checks a marks file against the campaign and imports it all or
/// nothing, with a progress bar; with <c>--dry-run</c>, only shows what it would change. A file with a bad line is
/// not imported at all, and every bad line is listed.
/// </summary>
internal sealed class ImportMarksCommand(IReadOnlyDictionary<string, string?>? configuration = null) : ICommand
{
    private const int ChangesShown = 20;

    public string Name => "import-marks";

    public string Summary => "Imports a CSV file of marks, all or nothing; with --dry-run, only checks it and shows what it would change.";

    public IReadOnlyList<Option> Options { get; } =
    [
        new("file", "FILE", "the marks (CSV, UTF-8, see docs/marks-import.md), also as --file FILE", Required: true, Positional: true),
        new("campaign", "YEAR", "the campaign the applications belong to", Required: true),
        new("dry-run", null, "check the file and show what would change, without importing anything"),
    ];

    public int Execute(ParsedArguments arguments, TextWriter stdout, TextWriter stderr)
    {
        var path = arguments.Value("file");
        var year = arguments.Integer("campaign", Domain.Campaigns.Campaign.MinYear, Domain.Campaigns.Campaign.MaxYear);
        if (!File.Exists(path))
        {
            throw new InvalidInputException($"The file {path} does not exist.");
        }

        var content = File.ReadAllBytes(path);
        var name = Path.GetFileName(path);
        return RunAsync(year, name, content, dryRun: arguments.Has("dry-run"), stdout, stderr).GetAwaiter().GetResult();
    }

    private async Task<int> RunAsync(int year, string name, byte[] content, bool dryRun, TextWriter stdout, TextWriter stderr)
    {
        await using var host = await CliHost.StartAsync(configuration, CancellationToken.None);
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(stdout), Interactive = InteractionSupport.Detect });
        try
        {
            if (dryRun)
            {
                var preview = await host.SendAsync(new PreviewMarksImportQuery(year, name, content), CancellationToken.None);
                WriteSummary(stdout, preview);
                if (!preview.IsValid)
                {
                    WriteProblems(stderr, preview.Problems, "nothing would be imported");
                    return ExitCodes.InvalidInput;
                }

                WriteChanges(stdout, preview);
                stdout.WriteLine($"Nothing was changed (--dry-run). Run again without --dry-run to import these marks into {host.Settings.Provider} ({Where(host)}).");
                return ExitCodes.Success;
            }

            MarksImportReport report = null!;
            await console.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .StartAsync(async context =>
                {
                    var check = context.AddTask("Checking the marks");
                    var save = context.AddTask("Saving them", autoStart: false);
                    var progress = new Immediate<MarksImportProgress>(p =>
                    {
                        var task = p.Step == "check" ? check : save;
                        task.MaxValue = Math.Max(1, p.Total);
                        task.Value = p.Done;
                        if (p.Step == "save")
                        {
                            check.Value = check.MaxValue;
                            save.StartTask();
                        }
                    });
                    report = await host.SendAsync(new ImportMarks(year, name, content, null, progress), CancellationToken.None);
                    check.Value = check.MaxValue;
                    save.Value = save.MaxValue;
                });
            WriteSummary(stdout, report);
            WriteChanges(stdout, report);
            stdout.WriteLine(FormattableString.Invariant(
                $"Imported into {host.Settings.Provider} ({Where(host)}): {report.Added} added, {report.Changed} changed, {report.Unchanged} unchanged, for {report.Applications} applications."));
            return ExitCodes.Success;
        }
        catch (ValidationException e)
        {
            WriteProblems(stderr, e.Errors.Select(f => new MarksFileProblem(LineOf(f.PropertyName), f.ErrorMessage)).ToList(), "nothing was imported");
            return ExitCodes.InvalidInput;
        }
        catch (Exception e) when (e is NotFoundException or DomainException)
        {
            stderr.WriteLine(e.Message);
            return ExitCodes.InvalidInput;
        }
    }

    private static void WriteSummary(TextWriter stdout, MarksImportReport report) =>
        stdout.WriteLine(FormattableString.Invariant(
            $"{report.FileName}: {report.Lines} lines, {report.Marks} marks{(report.Layout is null ? string.Empty : $", {(report.Layout == MarksLayout.MarkPerLine ? "one mark per line" : "one column per subject")}, '{report.Separator}' between values")}."));

    private static void WriteChanges(TextWriter stdout, MarksImportReport report)
    {
        stdout.WriteLine(FormattableString.Invariant(
            $"{report.Added} marks to add, {report.Changed} to change, {report.Unchanged} unchanged, for {report.Applications} applications."));
        foreach (var change in report.Changes.Where(c => c.Previous is not null).Take(ChangesShown))
        {
            stdout.WriteLine(FormattableString.Invariant($"  line {change.Line}: {change.Application} {change.Subject} {change.Previous:0.00} -> {change.Current:0.00}"));
        }

        if (report.Changed > ChangesShown)
        {
            stdout.WriteLine(FormattableString.Invariant($"  ... and {report.Changed - ChangesShown} more changes."));
        }
    }

    private static void WriteProblems(TextWriter stderr, IReadOnlyList<MarksFileProblem> problems, string outcome)
    {
        stderr.WriteLine(FormattableString.Invariant($"The file has {problems.Count} problem(s); {outcome}:"));
        foreach (var problem in problems.OrderBy(p => p.Line))
        {
            stderr.WriteLine(problem.Line == 0 ? $"  file: {problem.Message}" : FormattableString.Invariant($"  line {problem.Line}: {problem.Message}"));
        }
    }

    private static int LineOf(string property) =>
        property.StartsWith("Line ", StringComparison.Ordinal) && int.TryParse(property.AsSpan(5), NumberStyles.None, CultureInfo.InvariantCulture, out var line) ? line : 0;

    private static string Where(CliHost host) =>
        host.Settings.Provider == Infrastructure.Configuration.DatabaseProvider.Sqlite
            ? new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(host.Settings.ConnectionString).DataSource
            : "the configured server";

    /// <summary>Reports on the calling thread, so that the bar follows the work as it happens.</summary>
    private sealed class Immediate<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
