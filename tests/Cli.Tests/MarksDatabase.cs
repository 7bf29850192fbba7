using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Recruitment.Application.Common.Security;
using Recruitment.Cli.Database;
using Recruitment.Domain.Applications;
using Recruitment.Domain.Campaigns;
using Recruitment.Domain.Consortium;
using Recruitment.Infrastructure.Identity;
using Recruitment.Infrastructure.Persistence;

namespace Recruitment.Cli.Tests;

/// <summary>
/// A SQLite database of its own in a temporary folder, prepared as the web application prepares it, with a campaign
/// and a few MP applications: eligible ones, a submitted one not declared eligible, and a draft.
/// </summary>
public sealed class MarksDatabase : IAsyncLifetime
{
    public const int Year = 2031;

    private readonly TempFolder _folder = new();

    public IReadOnlyDictionary<string, string?> Configuration => new Dictionary<string, string?>
    {
        ["Storage:DataFolder"] = _folder.Path,
        ["Database:Provider"] = "Sqlite",
        ["ConnectionStrings:Recruitment"] = string.Empty,
        ["Demo:Seed"] = "false",
    };

    /// <summary>Eligible, then not eligible, then a draft.</summary>
    public IReadOnlyList<string> Numbers { get; } = [$"{Year}-C0000001", $"{Year}-C0000002", $"{Year}-C0000003", $"{Year}-C0000004"];

    public async ValueTask InitializeAsync()
    {
        await using var host = await CliHost.StartAsync(Configuration, CancellationToken.None);
        await host.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<AppDbContext>();
            var users = services.GetRequiredService<UserManager<AppUser>>();
            var now = DateTimeOffset.UtcNow;
            var campaign = Campaign.Create(Year, $"Concours {Year}", new CampaignCalendar(now.AddDays(-10), now.AddDays(20), now.AddDays(50), []));
            db.Campaigns.Add(campaign);
            await db.SaveChangesAsync();
            var track = await db.Tracks.SingleAsync(t => t.Code == "MP");
            var program = await db.Programs.FirstAsync();
            var wish = new WishChoice(program.Id, ProgramStatus.Student);
            for (var i = 0; i < Numbers.Count; i++)
            {
                var email = $"cli-{i}@example.org";
                var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = email };
                await users.CreateAsync(user);
                await users.AddToRoleAsync(user, Roles.Applicant);
                var file = ApplicationFile.Create(campaign, user.Id, email, Numbers[i], now);
                file.UpdateIdentity(new PersonalIdentity("Jeanne", "Candidate", new DateOnly(2006, 1, 2), "FR", Sex.Female, null), 0, campaign, now);
                file.UpdateContact(new ContactDetails("+33 3 83 00 00 00", "1 rue Stanislas", "54000", "Nancy", "FR"), 0, campaign, now);
                file.UpdateStudies(new PreviousStudies(track.Id, "Lycée", "CPGE", 2026), new HashSet<WishChoice> { wish }, 0, campaign, now);
                file.SetScholarship(false, 0, campaign, now);
                file.SetWishes([wish], new HashSet<WishChoice> { wish }, 0, campaign, now);
                file.AddDocument(DocumentKind.IdentityDocument, "id.pdf", "application/pdf", 10, "k1", null, campaign, now);
                file.AddDocument(DocumentKind.Transcript, "notes.pdf", "application/pdf", 10, "k2", null, campaign, now);
                if (i < 3)
                {
                    file.Submit(campaign, now);
                    file.DecideEligibility(i != 2, i != 2 ? null : "Diplôme non reconnu.", "Olivier Gestionnaire", now);
                }

                db.Applications.Add(file);
            }

            await db.SaveChangesAsync();
            return 0;
        });
    }

    /// <summary>The marks of the campaign, one "number subject hundredths" line each, and how many audit entries concern marks.</summary>
    public async Task<(string Marks, int Audit)> ReadAsync()
    {
        await using var host = await CliHost.StartAsync(Configuration, CancellationToken.None);
        return await host.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<AppDbContext>();
            var marks = await (from m in db.ExamMarks join a in db.Applications on m.ApplicationFileId equals a.Id orderby a.Number, m.SubjectCode select new { a.Number, m.SubjectCode, m.Hundredths }).ToListAsync();
            var audit = await db.AuditEntries.CountAsync(e => e.Subject == "Marks" || e.Subject == "MarksImport");
            return (string.Join("\n", marks.Select(m => $"{m.Number} {m.SubjectCode} {m.Hundredths}")), audit);
        });
    }

    public ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
        return ValueTask.CompletedTask;
    }
}
