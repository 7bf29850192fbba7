using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Recruitment.Application.Common.Security;
using Recruitment.Domain.Campaigns;
using Recruitment.Domain.Consortium;
using Recruitment.Infrastructure.Identity;
using Recruitment.Infrastructure.Persistence;
using Recruitment.Infrastructure.ReferenceData;

namespace Recruitment.Infrastructure.Demo;

/// <summary>
/// Demo accounts and a demo campaign, so that a newcomer finds every page populated. Only where Demo:Seed is true
/// (by default in Development); never in production.
/// </summary>
public sealed class DemoDataSeeder(
    AppDbContext db,
    UserManager<AppUser> users,
    TimeProvider clock,
    IConfiguration configuration,
    DemoApplicants applicantsSeeder,
    ILogger<DemoDataSeeder> logger)
{
    public const string Password = "Demo-Password-2027";

    public static IReadOnlyList<DemoAccount> Accounts { get; } =
    [
        new("admin@recruitment.test", "Alice Administratrice", Roles.Administrator, null),
        new("officer@recruitment.test", "Olivier Gestionnaire", Roles.AdmissionsOfficer, null),
        new("officer2@recruitment.test", "Odile Gestionnaire", Roles.AdmissionsOfficer, null),
        new("director.tn@recruitment.test", "Dominique Directrice (Télécom Nancy)", Roles.SchoolDirector, "TN"),
        new("director.mn@recruitment.test", "Denis Directeur (Mines Nancy)", Roles.SchoolDirector, "MN"),
        new("applicant@recruitment.test", "Anaïs Candidate", Roles.Applicant, null),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        foreach (var account in Accounts)
        {
            await EnsureAccountAsync(account, cancellationToken);
        }

        if (!await db.Campaigns.AnyAsync(cancellationToken))
        {
            await CreateCampaignAsync(cancellationToken);
        }

        var applicants = configuration.GetValue("Demo:Applicants", DemoApplicants.DefaultCount);
        if (applicants > 0 && !await db.Applications.AnyAsync(cancellationToken))
        {
            await applicantsSeeder.SeedAsync(applicants, cancellationToken);
        }

        await DemoRankings.SeedAsync(db, users, clock, logger, cancellationToken);
        await DemoRounds.SeedAsync(db, users, clock, logger, cancellationToken);
    }

    private async Task EnsureAccountAsync(DemoAccount account, CancellationToken cancellationToken)
    {
        if (await users.FindByEmailAsync(account.Email) is not null)
        {
            return;
        }

        int? schoolId = account.SchoolCode is null
            ? null
            : await db.Schools.Where(s => s.Code == account.SchoolCode).Select(s => s.Id).SingleAsync(cancellationToken);
        var user = new AppUser
        {
            UserName = account.Email,
            Email = account.Email,
            EmailConfirmed = true,
            DisplayName = account.DisplayName,
            SchoolId = schoolId,
        };
        var result = await users.CreateAsync(user, Password);
        if (result.Succeeded)
        {
            await users.AddToRoleAsync(user, account.Role);
        }
        else
        {
            logger.LogWarning("Demo account {Email} not created: {Errors}", account.Email, string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }

    /// <summary>
    /// A campaign whose registration is open today, with the seat pools of the reference file, so that every step
    /// of the cycle can be tried at once.
    /// </summary>
    private async Task CreateCampaignAsync(CancellationToken cancellationToken)
    {
        var today = new DateTimeOffset(clock.GetUtcNow().UtcDateTime.Date, TimeSpan.Zero);
        var closes = today.AddDays(90).AddHours(22);
        var results = closes.AddDays(60).Date;
        var calendar = new CampaignCalendar(
            today.AddDays(-30).AddHours(8),
            closes,
            results.AddHours(10),
            [
                new RoundDates(results.AddDays(5).AddHours(10), results.AddDays(9).AddHours(22)),
                new RoundDates(results.AddDays(12).AddHours(10), results.AddDays(16).AddHours(22)),
                new RoundDates(results.AddDays(19).AddHours(10), results.AddDays(23).AddHours(22)),
            ]);
        var year = results.Year;
        var campaign = Campaign.Create(year, $"Concours {year}", calendar);

        var programs = await db.Programs.ToDictionaryAsync(p => p.Code, StringComparer.Ordinal, cancellationToken);
        var tracks = await db.Tracks.ToDictionaryAsync(t => t.Code, StringComparer.Ordinal, cancellationToken);
        var path = configuration["ReferenceData:Path"];
        var file = ConsortiumFile.Load(string.IsNullOrWhiteSpace(path) ? ConsortiumFile.DefaultPath : path);
        foreach (var program in file.Schools.SelectMany(s => s.Programs))
        {
            foreach (var (status, seatsByTrack) in program.Seats ?? [])
            {
                var programStatus = ProgramStatusCodes.Parse(status);
                foreach (var (track, seats) in seatsByTrack)
                {
                    campaign.SetSeats(programs[program.Code], programStatus, tracks[track], seats);
                }
            }
        }

        db.Campaigns.Add(campaign);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Created the demo campaign {Year} with {Seats} seats.", year, campaign.TotalSeats);
    }
}

public sealed record DemoAccount(string Email, string DisplayName, string Role, string? SchoolCode);
