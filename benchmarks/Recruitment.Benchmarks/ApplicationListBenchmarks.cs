using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Recruitment.Application.Applications.ExportApplications;
using Recruitment.Application.Applications.ListApplications;
using Recruitment.Application.Common.Interfaces;
using Recruitment.Cli.Database;
using Recruitment.Domain.Applications;
using Recruitment.Domain.Campaigns;
using Recruitment.Domain.Consortium;
using Recruitment.Infrastructure.Identity;
using Recruitment.Infrastructure.Persistence;

namespace Recruitment.Benchmarks;

/// <summary>
/// The officers' list of applications on SQLite with 50,000 applications in one campaign, through the use cases as
/// the web application runs them (a scope per request, validation, access check, count, page): the first page, a
/// status and track filter, a search by a name fragment, a deep page, the two flag filters, and the CSV export of a
/// filtered list.
/// </summary>
/// <remarks>
/// The applications are made once through the domain (identity with accented names, contact, track and studies,
/// 1 to 6 wishes, documents, submission, some officers' decisions; one in a thousand repeats an earlier applicant's
/// name and birth date) and saved through the DbContext in batches. The SQLite file is kept in
/// {temp}/recruitment-bench-applications-{Version} and reused by the next runs; delete the folder to make it again.
/// </remarks>
[Config(typeof(Settings))]
[MemoryDiagnoser]
public class ApplicationListBenchmarks
{
    public const int Year = 2035;
    public const int Applications = 50_000;

    /// <summary>Changes when the seeded data changes, so that an older file is not measured by mistake.</summary>
    private const string Version = "v1";

    private const int Batch = 2_500;

    private static readonly string[] FirstNames =
    [
        "Éloïse", "Chloé", "Zoé", "Maël", "Inès", "Léa", "Noé", "Hélène", "François", "Anaïs", "Gaëlle", "Jérôme", "Loïc",
        "Camille", "Lucas", "Hugo", "Emma", "Jade", "Louise", "Raphaël", "Théo", "Manon", "Adèle", "Céline", "Benoît",
        "Aurélien", "Clémence", "Maëlys", "Timothée", "Noémie", "Yanis", "Sofia", "Mohamed", "Nguyen", "Björn", "Ana",
    ];

    private static readonly string[] LastNames =
    [
        "Müller", "Lefèvre", "Dubois", "Martin", "Bernard", "N'Diaye", "García", "Nguyen", "Lambert", "Fournier", "Girard",
        "Bonnet", "Dupont-Lefèvre", "François", "Mercier", "Rousseau", "Blanc", "Guérin", "Boyer", "Gauthier", "Chevalier",
        "Perrin", "Morel", "Roux", "Faure", "André", "Lefebvre", "Hoarau", "Le Gall", "Da Silva", "Kowalski", "Schäfer",
        "Østergaard", "Çelik", "O'Brien", "Benoît", "Léger", "Thibault", "Vasseur", "Deschênes",
    ];

    /// <summary>How often each track occurs among applicants, roughly as in the preparatory classes.</summary>
    private static readonly (string Code, int Weight)[] Tracks =
        [("MP", 30), ("PC", 25), ("PSI", 20), ("PT", 8), ("TSI", 5), ("ATS", 3), ("BCPST", 6), ("AST", 3)];

    private static readonly ApplicationFilter Everything = new(Year);
    private static readonly ApplicationFilter SubmittedMp = new(Year, Status: ApplicationStatus.Submitted, Track: "MP");

    private CliHost _host = null!;

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup()
    {
        _host.DisposeAsync().AsTask().GetAwaiter().GetResult();
        SqliteConnection.ClearAllPools();
    }

    [Benchmark(Baseline = true)]
    public ApplicationPage FirstPage() => List(Everything, page: 1);

    [Benchmark]
    public ApplicationPage StatusAndTrack() => List(SubmittedMp, page: 1);

    /// <summary>A fragment of a name, without its accent: "lefev" finds Lefèvre, Dupont-Lefèvre.</summary>
    [Benchmark]
    public ApplicationPage SearchNameFragment() => List(Everything with { Search = "lefev" }, page: 1);

    [Benchmark]
    public ApplicationPage Page500() => List(Everything, page: 500);

    [Benchmark]
    public ApplicationPage MissingDocuments() => List(Everything with { MissingDocuments = true }, page: 1);

    [Benchmark]
    public ApplicationPage PossibleDuplicates() => List(Everything with { PossibleDuplicates = true }, page: 1);

    /// <summary>Every submitted MP application (about 10,500 rows) as CSV.</summary>
    [Benchmark]
    public int ExportSubmittedMp() =>
        _host.SendAsync(new ExportApplicationsQuery(SubmittedMp), CancellationToken.None).GetAwaiter().GetResult().Content.Length;

    private ApplicationPage List(ApplicationFilter filter, int page) =>
        _host.SendAsync(new ListApplicationsQuery(filter, page, ListApplicationsQuery.DefaultPageSize), CancellationToken.None).GetAwaiter().GetResult();

    private async Task SetupAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"recruitment-bench-applications-{Version}");
        var seeded = Path.Combine(folder, "seeded");
        Directory.CreateDirectory(folder);
        _host = await CliHost.StartAsync(
            new Dictionary<string, string?> { ["Storage:DataFolder"] = folder, ["Demo:Seed"] = "false", ["Database:Provider"] = "Sqlite" },
            CancellationToken.None,
            services => services.AddScoped<ICurrentUser, BenchmarkOfficer>());
        if (!File.Exists(seeded))
        {
            await SeedAsync();
            await File.WriteAllTextAsync(seeded, DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
        }
    }

    private async Task SeedAsync()
    {
        var random = new Random(42);
        var campaignId = await _host.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<AppDbContext>();
            var opened = DateTimeOffset.UtcNow.AddDays(-60);
            var campaign = Campaign.Create(Year, $"Concours {Year}", new CampaignCalendar(opened, opened.AddDays(120), opened.AddDays(180), []));
            db.Campaigns.Add(campaign);
            await db.SaveChangesAsync();
            return campaign.Id;
        });

        var identities = new List<PersonalIdentity>();
        for (var start = 0; start < Applications; start += Batch)
        {
            await _host.WithScopeAsync(async services =>
            {
                var db = services.GetRequiredService<AppDbContext>();
                db.ChangeTracker.AutoDetectChangesEnabled = false;
                var campaign = await db.Campaigns.AsNoTracking().SingleAsync(c => c.Id == campaignId);
                var tracks = await db.Tracks.AsNoTracking().ToDictionaryAsync(t => t.Code, t => t.Id);
                var programs = await db.Programs.AsNoTracking().ToListAsync();
                var choices = programs
                    .SelectMany(p => new[] { ProgramStatus.Student, ProgramStatus.Apprentice }.Where(p.Offers).Select(s => new WishChoice(p.Id, s)))
                    .ToList();
                for (var i = start; i < Math.Min(start + Batch, Applications); i++)
                {
                    var (user, file) = Application(i, campaign, tracks, choices, identities, random);
                    db.Users.Add(user);
                    db.Applications.Add(file);
                }

                await db.SaveChangesAsync();
                return 0;
            });
        }

        await _host.WithScopeAsync(async services => await services.GetRequiredService<AppDbContext>().Database.ExecuteSqlRawAsync("ANALYZE"));
    }

    private static (AppUser User, ApplicationFile File) Application(
        int i,
        Campaign campaign,
        Dictionary<string, int> tracks,
        List<WishChoice> choices,
        List<PersonalIdentity> identities,
        Random random)
    {
        var now = campaign.RegistrationOpensAt.AddMinutes(i);
        var identity = i % 1_000 == 999
            ? identities[random.Next(identities.Count)]
            : new PersonalIdentity(
                FirstNames[random.Next(FirstNames.Length)],
                LastNames[random.Next(LastNames.Length)],
                new DateOnly(2004, 1, 1).AddDays(random.Next(3 * 365)),
                random.Next(10) == 0 ? "MA" : "FR",
                random.Next(2) == 0 ? Sex.Female : Sex.Male,
                null);
        identities.Add(identity);
        var email = string.Create(CultureInfo.InvariantCulture, $"{PersonName.Normalize(identity.FirstName).Replace(' ', '-')}.{PersonName.Normalize(identity.LastName).Replace(' ', '-')}.{i}@example.org");
        var user = AppUser.ConfirmedForBulkInsert(email, $"{identity.FirstName} {identity.LastName}");

        var file = ApplicationFile.Create(campaign, user.Id, email, string.Create(CultureInfo.InvariantCulture, $"{Year}-L{i:D7}"), now);

        // A few drafts are barely started: no identity yet.
        if (random.Next(50) == 0)
        {
            return (user, file);
        }

        file.UpdateIdentity(identity, 0, campaign, now);
        file.UpdateContact(new ContactDetails("+33 6 12 34 56 78", $"{random.Next(1, 200)} rue de la Paix", "54000", "Nancy", "FR"), 0, campaign, now);
        var track = Pick(random);
        var wishes = choices.OrderBy(_ => random.Next()).Take(random.Next(1, 7)).ToList();
        var options = wishes.ToHashSet();
        file.UpdateStudies(new PreviousStudies(tracks[track], "Lycée Henri-Poincaré", $"CPGE {track}", 2026), options, 0, campaign, now);
        file.SetScholarship(random.Next(3) == 0, 0, campaign, now);
        file.SetWishes(wishes, options, 0, campaign, now);
        if (random.Next(20) != 0)
        {
            file.AddDocument(DocumentKind.IdentityDocument, "carte d'identité.pdf", "application/pdf", 200_000, $"bench/{i}/id", null, campaign, now);
        }

        for (var t = random.Next(0, 3); t > 0; t--)
        {
            file.AddDocument(DocumentKind.Transcript, $"relevé de notes {t}.pdf", "application/pdf", 300_000, $"bench/{i}/t{t}", null, campaign, now);
        }

        if (file.Missing().Count == 0 && random.Next(10) < 7)
        {
            file.Submit(campaign, now);
            var roll = random.Next(100);
            if (roll < 40)
            {
                file.DecideEligibility(true, null, "Benchmark officer", now);
            }
            else if (roll < 45)
            {
                file.DecideEligibility(false, "Diploma not recognised", "Benchmark officer", now);
            }

            if (roll % 33 == 0)
            {
                file.ReviewDocument(file.Documents[^1].PublicId, false, "Illegible scan", "Benchmark officer", now);
            }
        }

        return (user, file);
    }

    private static string Pick(Random random)
    {
        var roll = random.Next(Tracks.Sum(t => t.Weight));
        foreach (var (code, weight) in Tracks)
        {
            if (roll < weight)
            {
                return code;
            }

            roll -= weight;
        }

        return Tracks[0].Code;
    }

    /// <summary>In process, a few warm-up and measured iterations: each operation takes milliseconds.</summary>
    private sealed class Settings : ManualConfig
    {
        public Settings() =>
            AddJob(Job.Default
                .WithStrategy(RunStrategy.Throughput)
                .WithLaunchCount(1)
                .WithWarmupCount(3)
                .WithIterationCount(10)
                .WithToolchain(InProcessEmitToolchain.Instance));
    }
}
