using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
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
using Recruitment.Web.Tests.Support;

namespace Recruitment.Web.Tests.Rankings;

/// <summary>The application for the ranking tests; each test makes a campaign of its own, so counts belong to it alone.</summary>
public sealed class RankingApp : RecruitmentApp
{
    public const string SecondOfficerEmail = "officer2@recruitment.test";

    private int _lastYear = 2000;

    /// <summary>A year no other test of this application uses; 2027 is the demo campaign's.</summary>
    public int NextYear()
    {
        var year = Interlocked.Increment(ref _lastYear);
        Assert.True(year < 2027, "The ranking tests ran out of campaign years.");
        return year;
    }
}

/// <summary>A candidate to seed: its track, whether it is submitted and eligible, an e-mail to sign in with, its number, and its marks.</summary>
internal sealed record Candidate(string Track = "MP", bool Eligible = true, bool Submitted = true, string? Email = null, string? Number = null, params (string Subject, string Mark)[] Marks);

/// <summary>
/// Campaigns and applications written straight into the database through the domain's own methods, and clients of
/// the API for the roles, asking for English.
/// </summary>
internal static class RankingSupport
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private static int _lastNumber;

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A campaign whose registration is open; <see cref="CloseRegistrationAsync"/> closes it.</summary>
    public static async Task<int> NewCampaignAsync(this RankingApp app)
    {
        var year = app.NextYear();
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = DateTimeOffset.UtcNow;
        db.Campaigns.Add(Campaign.Create(year, $"Concours {year}", new CampaignCalendar(now.AddDays(-10), now.AddDays(20), now.AddDays(50), [])));
        await db.SaveChangesAsync(Ct);
        return year;
    }

    /// <summary>Registration closed a minute ago, so that rankings can be computed.</summary>
    public static async Task CloseRegistrationAsync(this RankingApp app, int year)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var campaign = await db.Campaigns.SingleAsync(c => c.Year == year, Ct);
        var now = DateTimeOffset.UtcNow;
        campaign.Reschedule(new CampaignCalendar(campaign.RegistrationOpensAt, now.AddMinutes(-1), now.AddDays(30), []));
        await db.SaveChangesAsync(Ct);
    }

    /// <summary>Submitted (unless said) applications of the campaign with their marks; returns their numbers in order.</summary>
    public static async Task<IReadOnlyList<string>> SeedAsync(this RankingApp app, int year, params Candidate[] candidates)
    {
        using var scope = app.Services.CreateScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<AppDbContext>();
        var users = services.GetRequiredService<UserManager<AppUser>>();
        var now = DateTimeOffset.UtcNow;
        var campaign = await db.Campaigns.SingleAsync(c => c.Year == year, Ct);
        var tracks = await db.Tracks.ToDictionaryAsync(t => t.Code, Ct);
        var program = await db.Programs.FirstAsync(Ct);
        var files = new List<ApplicationFile>();
        foreach (var candidate in candidates)
        {
            var email = candidate.Email ?? $"{Guid.NewGuid():N}@example.org";
            var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = $"Applicant {email}" };
            var created = candidate.Email is null ? await users.CreateAsync(user) : await users.CreateAsync(user, RecruitmentApp.Password);
            Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));
            await users.AddToRoleAsync(user, Roles.Applicant);

            var number = candidate.Number ?? $"{year}-R{Interlocked.Increment(ref _lastNumber):D6}";
            var file = ApplicationFile.Create(campaign, user.Id, email, number, now);
            file.UpdateIdentity(new PersonalIdentity("Camille", $"Candidat{number[^3..]}", new DateOnly(2006, 5, 17), "FR", Sex.Female, null), 0, campaign, now);
            file.UpdateContact(new ContactDetails("+33 3 83 00 00 00", "1 rue de la République", "54000", "Nancy", "FR"), 0, campaign, now);
            var wish = new WishChoice(program.Id, ProgramStatus.Student);
            file.UpdateStudies(new PreviousStudies(tracks[candidate.Track].Id, "Lycée Henri-Poincaré", "CPGE", 2026), new HashSet<WishChoice> { wish }, 0, campaign, now);
            file.SetScholarship(false, 0, campaign, now);
            file.SetWishes([wish], new HashSet<WishChoice> { wish }, 0, campaign, now);
            file.AddDocument(DocumentKind.IdentityDocument, "passeport.pdf", "application/pdf", 10, $"test/{number}/id", null, campaign, now);
            file.AddDocument(DocumentKind.Transcript, "notes.pdf", "application/pdf", 10, $"test/{number}/notes", null, campaign, now);
            if (candidate.Submitted)
            {
                file.Submit(campaign, now);
                file.DecideEligibility(candidate.Eligible, candidate.Eligible ? null : "Diplôme non reconnu.", "Olivier Gestionnaire", now);
            }

            db.Applications.Add(file);
            files.Add(file);
        }

        await db.SaveChangesAsync(Ct);
        for (var i = 0; i < candidates.Length; i++)
        {
            foreach (var (subject, mark) in candidates[i].Marks)
            {
                db.ExamMarks.Add(ExamMark.Create(files[i].Id, subject, Mark.Parse(mark), now));
            }
        }

        await db.SaveChangesAsync(Ct);
        return files.Select(f => f.Number).ToList();
    }

    /// <summary>A client of the API signed in with a bearer token, asking for English.</summary>
    public static async Task<HttpClient> ApiAsync(this RecruitmentApp app, string email)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.Clear();
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));
        return await client.WithTokenAsync(email);
    }

    public static Task<HttpResponseMessage> ConfigureAsync(this HttpClient officer, int year, string track, object subjects, decimal bar, params string[] chain) =>
        officer.PutAsJsonAsync($"/api/campaigns/{year}/rankings/{track}/settings", new { subjects, admissibilityBar = bar, tieBreakChain = chain }, Json, Ct);

    /// <summary>MP ranked on MATH ×4, PHYS ×3, INFO ×2 (the worked example's rules), bar 10, chain MATH then PHYS.</summary>
    public static async Task ConfigureMpAsync(this HttpClient officer, int year) =>
        await officer.ConfigureAsync(year, "MP", new[] { new { subject = "MATH", coefficient = 4 }, new { subject = "PHYS", coefficient = 3 }, new { subject = "INFO", coefficient = 2 } }, 10, "MATH", "PHYS").ReadAsync<JsonElement>();

    public static Task<HttpResponseMessage> ComputeAsync(this HttpClient officer, int year, string track, string seed) =>
        officer.PostAsJsonAsync($"/api/campaigns/{year}/rankings/{track}/compute", new { seed }, Json, Ct);

    public static Task<HttpResponseMessage> PublishAsync(this HttpClient officer, int year, string track, int version, string sha256) =>
        officer.PostAsJsonAsync($"/api/campaigns/{year}/rankings/{track}/versions/{version}/publish", new { sha256 }, Json, Ct);

    public static Task<HttpResponseMessage> CorrectAsync(this HttpClient officer, int year, string track, string reason) =>
        officer.PostAsJsonAsync($"/api/campaigns/{year}/rankings/{track}/corrections", new { reason }, Json, Ct);

    public static Task<HttpResponseMessage> UploadAsync(this HttpClient officer, string url, byte[] content, string fileName = "marks.csv", string? expectedDigest = null)
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent(content), "file", fileName } };
        if (expectedDigest is not null)
        {
            form.Add(new StringContent(expectedDigest), "expectedDigest");
        }

        return officer.PostAsync(url, form, Ct);
    }

    public static Task<HttpResponseMessage> PreviewAsync(this HttpClient officer, int year, string csv) =>
        officer.UploadAsync($"/api/campaigns/{year}/marks/preview", Encoding.UTF8.GetBytes(csv));

    public static Task<HttpResponseMessage> ImportAsync(this HttpClient officer, int year, byte[] content, string? expectedDigest = null) =>
        officer.UploadAsync($"/api/campaigns/{year}/marks/import", content, expectedDigest: expectedDigest);

    public static Task<HttpResponseMessage> ImportAsync(this HttpClient officer, int year, string csv) =>
        officer.ImportAsync(year, Encoding.UTF8.GetBytes(csv));

    public static async Task<T> ReadAsync<T>(this Task<HttpResponseMessage> call) => await (await call).ReadAsync<T>();

    public static async Task<T> ReadAsync<T>(this HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(Ct)}");
        return (await response.Content.ReadFromJsonAsync<T>(Json, Ct))!;
    }

    /// <summary>How many marks, ranking versions and audit entries the database holds, to show that a refusal changed nothing.</summary>
    public static async Task<(int Marks, int Versions, int Entries, int Audit)> CountAsync(this RankingApp app)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return (await db.ExamMarks.CountAsync(Ct), await db.RankingVersions.CountAsync(Ct), await db.RankingEntries.CountAsync(Ct), await db.AuditEntries.CountAsync(Ct));
    }

    public static async Task<IReadOnlyDictionary<string, decimal>> MarksOfAsync(this RankingApp app, string number)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var id = await db.Applications.Where(a => a.Number == number).Select(a => a.Id).SingleAsync(Ct);
        return (await db.ExamMarks.Where(m => m.ApplicationFileId == id).ToListAsync(Ct)).ToDictionary(m => m.SubjectCode, m => m.Mark.Value);
    }
}
