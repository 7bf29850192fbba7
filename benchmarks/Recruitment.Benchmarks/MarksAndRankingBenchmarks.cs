using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Recruitment.Application.Common.Interfaces;
using Recruitment.Application.Common.Security;
using Recruitment.Application.Marks;
using Recruitment.Application.Marks.ImportMarks;
using Recruitment.Application.Rankings;
using Recruitment.Application.Rankings.ComputeRanking;
using Recruitment.Application.Rankings.ConfigureRanking;
using Recruitment.Cli.Database;
using Recruitment.Domain.Applications;
using Recruitment.Domain.Campaigns;
using Recruitment.Domain.Consortium;
using Recruitment.Domain.Rankings;
using Recruitment.Infrastructure.Identity;
using Recruitment.Infrastructure.Persistence;

// The SQL of the set-up is built from this file's own constants and numbers only; no outside text reaches it.
#pragma warning disable EF1002, EF1003

namespace Recruitment.Benchmarks;

/// <summary>
/// Marks and rankings end to end on SQLite, through the use cases as the web application and the command line run
/// them (validation, database reads, domain, transaction, audit): importing 100,000 marks (20,000 MP applications × 5
/// subjects, from a CSV of one mark per line) and computing the ranking of 100,000 MP candidates with 5 marks each.
/// </summary>
/// <remarks>
/// The database is a file in a temporary folder (or in RECRUITMENT_BENCH_DATA, kept afterwards so that the command
/// line can be timed on the same data). The applications are written once, by cloning one real application in SQL;
/// each iteration then imports into a campaign without marks, or computes the ranking again (as an officer may until a
/// second officer approves it).
/// </remarks>
[Config(typeof(Settings))]
[MemoryDiagnoser]
public class MarksAndRankingBenchmarks
{
    public const int ImportYear = 2031;
    public const int RankingYear = 2032;
    public const int ImportApplications = 20_000;
    public const int RankingCandidates = 100_000;

    private static readonly string[] Subjects = ["MATH", "PHYS", "INFO", "FRAN", "ANGL"];

    private string _folder = string.Empty;
    private bool _keep;
    private CliHost _host = null!;
    private byte[] _marks = [];
    private byte[] _changedMarks = [];

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup()
    {
        _host.DisposeAsync().AsTask().GetAwaiter().GetResult();
        SqliteConnection.ClearAllPools();
        if (!_keep)
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [IterationSetup(Target = nameof(ImportMarks))]
    public void RemoveImportedMarks() => ExecuteAsync(
        $"DELETE FROM ExamMarks WHERE ApplicationFileId IN (SELECT Id FROM Applications WHERE CampaignId = (SELECT Id FROM Campaigns WHERE Year = {ImportYear}))").GetAwaiter().GetResult();

    [IterationSetup(Target = nameof(ReimportChangedMarks))]
    public void ImportFirstMarks()
    {
        RemoveImportedMarks();
        _host.SendAsync(new ImportMarksCommand(ImportYear, "marks.csv", _marks), CancellationToken.None).GetAwaiter().GetResult();
    }

    /// <summary>100,000 new marks, all or nothing, with an audit entry per application.</summary>
    [Benchmark]
    public MarksImportReport ImportMarks() =>
        _host.SendAsync(new ImportMarksCommand(ImportYear, "marks.csv", _marks), CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>The same 100,000 marks imported again, every one of them changed: old and new values audited.</summary>
    [Benchmark]
    public MarksImportReport ReimportChangedMarks() =>
        _host.SendAsync(new ImportMarksCommand(ImportYear, "marks-corrected.csv", _changedMarks), CancellationToken.None).GetAwaiter().GetResult();

    [IterationSetup(Target = nameof(ComputeRanking))]
    public void RemoveRankingVersions() => ExecuteAsync(
        $"DELETE FROM RankingVersions WHERE CampaignId = (SELECT Id FROM Campaigns WHERE Year = {RankingYear})").GetAwaiter().GetResult();

    [IterationSetup(Target = nameof(ComputeRankingAgain))]
    public void ComputeFirstVersion()
    {
        RemoveRankingVersions();
        ComputeRanking();
    }

    /// <summary>Reads 500,000 marks, ranks 100,000 candidates, writes the version, its canonical text and its 100,000 entries.</summary>
    [Benchmark]
    public RankingVersionDto ComputeRanking() =>
        _host.SendAsync(new ComputeRankingCommand(RankingYear, "MP", "Concours 2032 MP"), CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>The same, over a version not yet approved, whose 100,000 entries are replaced.</summary>
    [Benchmark]
    public RankingVersionDto ComputeRankingAgain() =>
        _host.SendAsync(new ComputeRankingCommand(RankingYear, "MP", "Concours 2032 MP, second draw"), CancellationToken.None).GetAwaiter().GetResult();

    private async Task SetupAsync()
    {
        var kept = Environment.GetEnvironmentVariable("RECRUITMENT_BENCH_DATA");
        _keep = !string.IsNullOrEmpty(kept);
        _folder = _keep ? Path.GetFullPath(kept!) : Directory.CreateTempSubdirectory("recruitment-bench-").FullName;
        var fresh = !File.Exists(Path.Combine(_folder, "recruitment.db"));
        _host = await CliHost.StartAsync(
            new Dictionary<string, string?> { ["Storage:DataFolder"] = _folder, ["Demo:Seed"] = "false", ["Database:Provider"] = "Sqlite" },
            CancellationToken.None,
            services => services.AddScoped<ICurrentUser, BenchmarkOfficer>());
        if (fresh)
        {
            await SeedCampaignAsync(ImportYear, ImportApplications, marks: false);
            await SeedCampaignAsync(RankingYear, RankingCandidates, marks: true);
            await _host.SendAsync(
                new ConfigureRankingCommand(RankingYear, "MP", [new("MATH", 8), new("PHYS", 6), new("INFO", 4), new("FRAN", 3), new("ANGL", 2)], 8, ["MATH", "PHYS"]),
                CancellationToken.None);
        }

        _marks = MarksFile(quarterOffset: 0);
        _changedMarks = MarksFile(quarterOffset: 1);
        await File.WriteAllBytesAsync(Path.Combine(_folder, "marks-100000.csv"), _marks);
    }

    /// <summary>One mark per line for every application of the import campaign, in quarter points, French decimal commas.</summary>
    private static byte[] MarksFile(int quarterOffset)
    {
        var text = new StringBuilder("application;subject;mark\n", ImportApplications * Subjects.Length * 24);
        for (var i = 1; i <= ImportApplications; i++)
        {
            for (var s = 0; s < Subjects.Length; s++)
            {
                var quarters = ((i * 7919) + (s * 104_729) + quarterOffset) % 81;
                text.Append(Number(ImportYear, i)).Append(';').Append(Subjects[s]).Append(';')
                    .Append((quarters / 4m).ToString("0.##", CultureInfo.InvariantCulture).Replace('.', ',')).Append('\n');
            }
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static string Number(int year, int i) => string.Create(CultureInfo.InvariantCulture, $"{year}-B{i:D7}");

    /// <summary>
    /// A campaign whose registration has closed, with one application made through the domain (complete, submitted,
    /// eligible, MP) and <paramref name="count"/> - 1 copies of it and of its applicant written in SQL.
    /// </summary>
    private async Task SeedCampaignAsync(int year, int count, bool marks)
    {
        await _host.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<AppDbContext>();
            var users = services.GetRequiredService<UserManager<AppUser>>();
            var opened = DateTimeOffset.UtcNow.AddDays(-60);
            var campaign = Campaign.Create(year, $"Concours {year}", new CampaignCalendar(opened, opened.AddDays(30), opened.AddDays(90), []));
            db.Campaigns.Add(campaign);
            await db.SaveChangesAsync();
            var email = $"bench-{year}-1@example.org";
            var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Benchmark applicant" };
            await users.CreateAsync(user);
            await users.AddToRoleAsync(user, Roles.Applicant);
            var track = await db.Tracks.SingleAsync(t => t.Code == "MP");
            var program = await db.Programs.FirstAsync();
            var wish = new WishChoice(program.Id, ProgramStatus.Student);
            var now = opened.AddDays(1);
            var file = ApplicationFile.Create(campaign, user.Id, email, Number(year, 1), now);
            file.UpdateIdentity(new PersonalIdentity("Camille", "Candidat", new DateOnly(2006, 1, 2), "FR", Sex.Female, null), 0, campaign, now);
            file.UpdateContact(new ContactDetails("+33 3 83 00 00 00", "1 rue Stanislas", "54000", "Nancy", "FR"), 0, campaign, now);
            file.UpdateStudies(new PreviousStudies(track.Id, "Lycée", "CPGE", 2026), new HashSet<WishChoice> { wish }, 0, campaign, now);
            file.SetScholarship(false, 0, campaign, now);
            file.SetWishes([wish], new HashSet<WishChoice> { wish }, 0, campaign, now);
            file.AddDocument(DocumentKind.IdentityDocument, "id.pdf", "application/pdf", 10, "bench/id", null, campaign, now);
            file.AddDocument(DocumentKind.Transcript, "notes.pdf", "application/pdf", 10, "bench/notes", null, campaign, now);
            file.Submit(campaign, now);
            file.DecideEligibility(true, null, "Benchmark", now);
            db.Applications.Add(file);
            await db.SaveChangesAsync();

            var sequence = $"WITH RECURSIVE n(i) AS (SELECT 2 UNION ALL SELECT i + 1 FROM n WHERE i < {count})";
            await CloneAsync(db, "AspNetUsers", $"Id = '{user.Id}'", sequence, new()
            {
                ["Id"] = $"'bench-{year}-' || i",
                ["UserName"] = $"'bench-{year}-' || i || '@example.org'",
                ["NormalizedUserName"] = $"'BENCH-{year}-' || i || '@EXAMPLE.ORG'",
                ["Email"] = $"'bench-{year}-' || i || '@example.org'",
                ["NormalizedEmail"] = $"'BENCH-{year}-' || i || '@EXAMPLE.ORG'",
            });
            await CloneAsync(db, "Applications", $"Id = {file.Id}", sequence, new()
            {
                ["Number"] = $"'{year}-B' || printf('%07d', i)",
                ["ApplicantId"] = $"'bench-{year}-' || i",
                ["Email"] = $"'bench-{year}-' || i || '@example.org'",
                ["SearchText"] = $"'candidat camille bench-{year}-' || i || '@example.org {year}-b' || printf('%07d', i)",
            });
            if (marks)
            {
                // Quarter points spread evenly over 0 to 20 by a fixed formula: the same marks on every run.
                for (var s = 0; s < Subjects.Length; s++)
                {
                    await db.Database.ExecuteSqlRawAsync(
                        $"INSERT INTO ExamMarks (ApplicationFileId, SubjectCode, Hundredths, ChangedAt) " +
                        $"SELECT Id, '{Subjects[s]}', ((Id * 7919 + {s * 104_729}) % 81) * 25, 0 FROM Applications WHERE CampaignId = {campaign.Id}");
                }
            }

            return 0;
        });
    }

    private static async Task CloneAsync(AppDbContext db, string table, string template, string sequence, Dictionary<string, string> overrides)
    {
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        var columns = new List<string>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = $"SELECT name FROM pragma_table_info('{table}') WHERE NOT (name = 'Id' AND type = 'INTEGER')";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                columns.Add(reader.GetString(0));
            }
        }

        var values = columns.Select(c => overrides.TryGetValue(c, out var expression) ? expression : $"t.\"{c}\"");
        await db.Database.ExecuteSqlRawAsync(
            $"{sequence} INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) SELECT {string.Join(", ", values)} FROM n, \"{table}\" t WHERE t.{template}");
    }

    private Task<int> ExecuteAsync(string sql) =>
        _host.WithScopeAsync(async services => await services.GetRequiredService<AppDbContext>().Database.ExecuteSqlRawAsync(sql));

    /// <summary>One short job run in this process, each operation taking seconds: 1 warm-up and 5 measured iterations.</summary>
    private sealed class Settings : ManualConfig
    {
        public Settings() =>
            AddJob(Job.Default
                .WithStrategy(RunStrategy.Monitoring)
                .WithLaunchCount(1)
                .WithWarmupCount(1)
                .WithIterationCount(5)
                .WithToolchain(InProcessEmitToolchain.Instance));
    }
}
