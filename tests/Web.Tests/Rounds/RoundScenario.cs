using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Recruitment.Application.Common.Security;
using Recruitment.Domain.Applications;
using Recruitment.Domain.Campaigns;
using Recruitment.Domain.Consortium;
using Recruitment.Domain.Rankings;
using Recruitment.Infrastructure.Identity;
using Recruitment.Infrastructure.Persistence;
using Recruitment.Web.Tests.Applicant;

namespace Recruitment.Web.Tests.Rounds;

/// <summary>
/// A campaign of its own, whose registration is over, with MP pools on given programs, eligible submitted
/// applicants with given wishes, and a published MP ranking in the order the applicants are given (best first).
/// </summary>
internal sealed class RoundScenario
{
    public const string Track = "MP";

    private RoundScenario(int year, IReadOnlyDictionary<string, string> numbers, IReadOnlyDictionary<string, string> emails)
    {
        Year = year;
        Numbers = numbers;
        Emails = emails;
    }

    public int Year { get; }

    /// <summary>Application number by candidate name.</summary>
    public IReadOnlyDictionary<string, string> Numbers { get; }

    /// <summary>Account e-mail by candidate name.</summary>
    public IReadOnlyDictionary<string, string> Emails { get; }

    public static string Pool(string program, string track = Track) => $"{program}/S/{track}";

    public static async Task<RoundScenario> CreateAsync(ClockedApp app, int year, (string Program, int Seats)[] pools, (string Name, string[] Wishes)[] candidates, bool noAnswerKeepsOffer = false)
    {
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var now = app.Clock.GetUtcNow();
            var campaign = Campaign.Create(year, $"Concours {year}", new CampaignCalendar(now.AddDays(-60), now.AddDays(-30), now.AddDays(-1), []));
            campaign.SetNoAnswerRule(noAnswerKeepsOffer);
            db.Campaigns.Add(campaign);
            await db.SaveChangesAsync();
        }

        return await AddTrackAsync(app, year, Track, pools, candidates);
    }

    /// <summary>
    /// Pools of <paramref name="trackCode"/> in the scenario's campaign, eligible submitted applicants of that track,
    /// and its published ranking in the order given: also for a track whose ranking is published after a round.
    /// </summary>
    public static async Task<RoundScenario> AddTrackAsync(ClockedApp app, int year, string trackCode, (string Program, int Seats)[] pools, (string Name, string[] Wishes)[] candidates)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var now = app.Clock.GetUtcNow();
        var during = now.AddDays(-40);

        var campaign = await db.Campaigns.SingleAsync(c => c.Year == year);
        var track = await db.Tracks.SingleAsync(t => t.Code == trackCode);
        var programs = await db.Programs.ToDictionaryAsync(p => p.Code);
        foreach (var (program, seats) in pools)
        {
            campaign.SetSeats(programs[program], ProgramStatus.Student, track, seats);
        }

        await db.SaveChangesAsync();

        var options = pools.Select(p => new WishChoice(programs[p.Program].Id, ProgramStatus.Student)).ToHashSet();
        var numbers = new Dictionary<string, string>(StringComparer.Ordinal);
        var emails = new Dictionary<string, string>(StringComparer.Ordinal);
        var files = new List<ApplicationFile>();
        foreach (var (name, wishes) in candidates)
        {
            var email = $"{name.ToLowerInvariant()}.{year}.{Guid.NewGuid():N}@example.org";
            var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = $"Candidate {name}" };
            Assert.True((await users.CreateAsync(user, Support.RecruitmentApp.Password)).Succeeded);
            await users.AddToRoleAsync(user, Roles.Applicant);

            var file = ApplicationFile.Create(campaign, user.Id, email, $"{year}-{name}", during);
            file.UpdateIdentity(new PersonalIdentity(name, "Candidate", new DateOnly(2006, 1, 1), "FR", Sex.NotDeclared, null), 0, campaign, during);
            file.UpdateContact(new ContactDetails("+33 6 00 00 00 00", "1 rue", "54000", "Nancy", "FR"), 0, campaign, during);
            file.UpdateStudies(new PreviousStudies(track.Id, "Lycée", "CPGE", 2026), options, 0, campaign, during);
            file.SetScholarship(false, 0, campaign, during);
            file.SetWishes([.. wishes.Select(w => new WishChoice(programs[w].Id, ProgramStatus.Student))], options, 0, campaign, during);
            file.AddDocument(DocumentKind.IdentityDocument, "id.pdf", "application/pdf", 10, $"test/{name}-id", null, campaign, during);
            file.AddDocument(DocumentKind.Transcript, "marks.pdf", "application/pdf", 10, $"test/{name}-marks", null, campaign, during);
            file.Submit(campaign, during);
            file.DecideEligibility(true, null, "Officer", during);
            db.Applications.Add(file);
            files.Add(file);
            numbers[name] = file.Number;
            emails[name] = email;
        }

        await db.SaveChangesAsync();

        // The given order is the merit order: the first candidate has the best mark.
        var rules = new RankingRules(year, trackCode, [new SubjectCoefficient("MATH", 1)], 0, []);
        var rankingCandidates = files.Select((f, i) => new RankingCandidate(f.Number, [new KeyValuePair<string, Mark>("MATH", Mark.FromHundredths(2000 - (i * 100)))])).ToList();
        var result = MeritRanking.Compute(rules, rankingCandidates, "scenario seed");
        var version = RankingVersion.Create(campaign.Id, track.Id, 1, result, null, "computer", "Officer One", app.Clock.GetUtcNow());
        db.RankingVersions.Add(version);
        await db.SaveChangesAsync();
        db.RankingEntries.AddRange(RankingEntry.Of(version.Id, result, files.ToDictionary(f => f.Number, f => f.Id), rankingCandidates));
        version.Publish("approver", "Officer Two", version.Sha256, now);
        await db.SaveChangesAsync();
        return new RoundScenario(year, numbers, emails);
    }
}
