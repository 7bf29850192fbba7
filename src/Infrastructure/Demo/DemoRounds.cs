using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Recruitment.Application.Rounds;
using Recruitment.Domain.Audit;
using Recruitment.Domain.Rankings;
using Recruitment.Infrastructure.Identity;
using Recruitment.Infrastructure.Persistence;

namespace Recruitment.Infrastructure.Demo;

/// <summary>
/// The first answer round of the demo campaign, opened by officer@recruitment.test on the published demo rankings
/// with the round's planned answer deadline, so that the rounds' page, the pools' figures and the applicants' offers
/// can be seen at once. The round goes through the same engine and verifier as an officer's.
/// </summary>
public static class DemoRounds
{
    public static async Task SeedAsync(AppDbContext db, UserManager<AppUser> users, TimeProvider clock, ILogger logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(users);
        ArgumentNullException.ThrowIfNull(clock);
        var campaign = await db.Campaigns.OrderByDescending(c => c.Year).FirstOrDefaultAsync(cancellationToken);
        var officer = await users.FindByEmailAsync("officer@recruitment.test");
        if (campaign is null || officer is null
            || campaign.Rounds.Count == 0
            || await db.AllocationRounds.AnyAsync(r => r.CampaignId == campaign.Id, cancellationToken)
            || !await db.RankingVersions.AnyAsync(v => v.CampaignId == campaign.Id && v.Status == RankingStatus.Published, cancellationToken))
        {
            return;
        }

        var engine = new RoundEngine(db);
        var first = campaign.Rounds.OrderBy(r => r.Number).First();
        var opened = await engine.OpenAsync(campaign, first.Number, first.AnswersDueAt, clock.GetUtcNow(), officer.DisplayName, cancellationToken);
        db.AuditEntries.Add(AuditEntry.Create(
            clock.GetUtcNow(), "Campaign", campaign.Year.ToString(CultureInfo.InvariantCulture), "RoundOpened", officer.Id, officer.DisplayName, RoundEngine.AuditDetails(opened)));
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Opened demo round {Round} of campaign {Year}: {Offers} offers to {Candidates} candidates.", opened.Number, campaign.Year, opened.Offers, opened.Candidates);
    }
}
