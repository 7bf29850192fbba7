using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Recruitment.Application.Marks;
using Recruitment.Application.Rankings;
using Recruitment.Domain.Applications;
using Recruitment.Domain.Audit;
using Recruitment.Domain.Rankings;
using Recruitment.Infrastructure.Identity;
using Recruitment.Infrastructure.Persistence;

namespace Recruitment.Infrastructure.Demo;

/// <summary>
/// Marks for the demo applicants and a published merit ranking for every track of the demo campaign, computed by
/// officer@recruitment.test and approved by officer2@recruitment.test, so that the ranking pages and the applicants'
/// results can be seen at once. Always the same marks: the generator is seeded.
/// </summary>
/// <remarks>
/// The demo campaign still takes applications, and the use case refuses to compute a ranking before registration
/// closes; the demo data is written through the domain directly so that every step of the cycle can be tried at once.
/// </remarks>
public static class DemoRankings
{
    private const int Seed = 2027;

    /// <summary>Coefficients by track, in the order the subjects are listed; a subject not named weighs 1.</summary>
    private static readonly Dictionary<string, Dictionary<string, decimal>> Coefficients = new(StringComparer.Ordinal)
    {
        ["MP"] = new() { ["MATH"] = 8, ["PHYS"] = 6, ["INFO"] = 4, ["FRAN"] = 3, ["ANGL"] = 2 },
        ["PC"] = new() { ["PHYS"] = 8, ["MATH"] = 6, ["CHIM"] = 6, ["FRAN"] = 3, ["ANGL"] = 2 },
        ["PSI"] = new() { ["MATH"] = 7, ["PHYS"] = 7, ["SI"] = 5, ["FRAN"] = 3, ["ANGL"] = 2 },
        ["PT"] = new() { ["SI"] = 7, ["MATH"] = 6, ["PHYS"] = 6, ["FRAN"] = 3, ["ANGL"] = 2 },
        ["TSI"] = new() { ["MATH"] = 6, ["SI"] = 6, ["PHYS"] = 5, ["FRAN"] = 3, ["ANGL"] = 2 },
        ["ATS"] = new() { ["SI"] = 6, ["MATH"] = 5, ["PHYS"] = 5, ["FRAN"] = 3, ["ANGL"] = 2 },
        ["BCPST"] = new() { ["BIO"] = 6, ["MATH"] = 5, ["PHYS"] = 4, ["CHIM"] = 4, ["GEOL"] = 4, ["FRAN"] = 3, ["ANGL"] = 2 },
        ["AST"] = new() { ["DOSS"] = 5, ["ENTR"] = 5, ["ANGL"] = 2 },
    };

    public static async Task SeedAsync(AppDbContext db, UserManager<AppUser> users, TimeProvider clock, ILogger logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(users);
        ArgumentNullException.ThrowIfNull(clock);
        var campaign = await db.Campaigns.AsNoTracking().OrderByDescending(c => c.Year).FirstOrDefaultAsync(cancellationToken);
        var officer = await users.FindByEmailAsync("officer@recruitment.test");
        var approver = await users.FindByEmailAsync("officer2@recruitment.test");
        if (campaign is null || officer is null || approver is null
            || await db.RankingSettings.AnyAsync(s => s.CampaignId == campaign.Id, cancellationToken)
            || await db.ExamMarks.AnyAsync(m => db.Applications.Any(a => a.Id == m.ApplicationFileId && a.CampaignId == campaign.Id), cancellationToken))
        {
            return;
        }

        var applications = await db.Applications.AsNoTracking()
            .Where(a => a.CampaignId == campaign.Id && a.Status == ApplicationStatus.Submitted && a.Eligibility == Eligibility.Eligible && a.Studies != null)
            .OrderBy(a => a.Number)
            .Select(a => new { a.Id, a.Number, a.Studies!.TrackId })
            .ToListAsync(cancellationToken);
        if (applications.Count == 0)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var random = new Random(Seed);
        var tracks = await db.Tracks.AsNoTracking().OrderBy(t => t.Id).ToListAsync(cancellationToken);
        foreach (var track in tracks)
        {
            var weights = Coefficients.GetValueOrDefault(track.Code) ?? [];
            var subjects = track.Subjects
                .OrderBy(s => weights.ContainsKey(s.Code) ? weights.Keys.ToList().IndexOf(s.Code) : int.MaxValue)
                .Select(s => new SubjectCoefficient(s.Code, weights.GetValueOrDefault(s.Code, 1)))
                .ToList();
            var rules = new RankingRules(campaign.Year, track.Code, subjects, track.Code == "AST" ? 10 : 8, subjects.Take(2).Select(s => s.Subject));
            db.RankingSettings.Add(TrackRankingSettings.Create(campaign.Id, track.Id, rules, officer.DisplayName, now));
            db.AuditEntries.Add(AuditEntry.Create(now, RankingScope.AuditSubject, $"{campaign.Year}/{track.Code}", "RulesChanged", officer.Id, officer.DisplayName, "Demo rules"));

            // Marks in quarter points around 11; one candidate in fifty misses a subject, to show that list too.
            foreach (var application in applications.Where(a => a.TrackId == track.Id))
            {
                var skipped = random.Next(50) == 0 ? random.Next(subjects.Count) : -1;
                for (var s = 0; s < subjects.Count; s++)
                {
                    var mark = Quarters(random);
                    if (s != skipped)
                    {
                        db.ExamMarks.Add(ExamMark.Create(application.Id, subjects[s].Subject, Mark.FromHundredths(mark * 25), now));
                    }
                }
            }
        }

        db.AuditEntries.Add(AuditEntry.Create(now, MarksAudit.ImportSubject, campaign.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), "MarksImported", officer.Id, officer.DisplayName, "Demo marks"));
        await db.SaveChangesAsync(cancellationToken);

        foreach (var track in tracks)
        {
            var settings = await db.RankingSettings.AsNoTracking().SingleAsync(s => s.CampaignId == campaign.Id && s.TrackId == track.Id, cancellationToken);
            var rules = settings.ToRules(campaign.Year, track.Code);
            var (candidates, ids) = await RankingComputation.CandidatesAsync(db, campaign.Id, track.Id, rules, cancellationToken);
            var result = MeritRanking.Compute(rules, candidates, $"Concours {campaign.Year} {track.Code}");
            var version = RankingVersion.Create(campaign.Id, track.Id, 1, result, null, officer.Id, officer.DisplayName, now);
            version.Publish(approver.Id, approver.DisplayName, version.Sha256, now);
            db.RankingVersions.Add(version);
            var key = $"{campaign.Year}/{track.Code}";
            db.AuditEntries.Add(AuditEntry.Create(now, RankingScope.AuditSubject, key, "RankingComputed", officer.Id, officer.DisplayName, RankingComputation.Describe(version)));
            db.AuditEntries.Add(AuditEntry.Create(now, RankingScope.AuditSubject, key, "RankingPublished", approver.Id, approver.DisplayName, $"Version 1 approved and published; SHA-256 {version.Sha256}"));
            await RankingComputation.SaveAsync(db, version, result, candidates, ids, cancellationToken);
        }

        logger.LogInformation("Published demo rankings for {Tracks} tracks of campaign {Year}.", tracks.Count, campaign.Year);
    }

    private static int Quarters(Random random)
    {
        var normal = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        return Math.Clamp((int)Math.Round((11 + (3.5 * normal)) * 4), 0, 80);
    }
}
