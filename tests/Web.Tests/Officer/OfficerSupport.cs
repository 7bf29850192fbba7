using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Recruitment.Application.Common.Interfaces;
using Recruitment.Application.Common.Security;
using Recruitment.Domain.Applications;
using Recruitment.Domain.Campaigns;
using Recruitment.Domain.Consortium;
using Recruitment.Infrastructure.Identity;
using Recruitment.Infrastructure.Persistence;
using Recruitment.Web.Tests.Support;

namespace Recruitment.Web.Tests.Officer;

/// <summary>The application with a clock the tests move, starting at the real current time.</summary>
public sealed class OfficerClockApp : RecruitmentApp
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}

/// <summary>What an applicant would have filled in, for a seeded application.</summary>
internal sealed record ApplicationSpec(
    string FirstName,
    string LastName,
    string Track = "MP",
    DateOnly? BirthDate = null,
    string[]? Wishes = null,
    bool IdentityDocument = true,
    bool Transcript = true,
    bool Submit = true,
    string? Email = null,
    bool CanSignIn = false);

internal sealed record SeededApplication(string Number, string Email, IReadOnlyList<Guid> Documents);

/// <summary>
/// Applications written straight into the database through the domain's own methods, as applicants would have made
/// them, each test in a campaign of its own so that lists and counts belong to that test alone.
/// </summary>
internal static class OfficerSupport
{
    public const string Pdf = "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private static int _lastYear = 2040;
    private static int _lastNumber;

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A campaign open since ten days, closing after <paramref name="closesIn"/> (30 days unless said).</summary>
    public static async Task<int> NewCampaignAsync(this RecruitmentApp app, TimeSpan? closesIn = null)
    {
        var year = Interlocked.Increment(ref _lastYear);
        Assert.True(year <= Campaign.MaxYear, "The officer tests ran out of campaign years.");
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        var closes = now + (closesIn ?? TimeSpan.FromDays(30));
        db.Campaigns.Add(Campaign.Create(year, $"Concours {year}", new CampaignCalendar(now.AddDays(-10), closes, closes.AddDays(30), [])));
        await db.SaveChangesAsync(Ct);
        return year;
    }

    /// <summary>
    /// An application of the campaign, filled section by section and, unless said otherwise, submitted. Wishes are
    /// program keys such as "TN-ING/S".
    /// </summary>
    public static async Task<SeededApplication> SeedAsync(this RecruitmentApp app, int year, ApplicationSpec spec)
    {
        using var scope = app.Services.CreateScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<AppDbContext>();
        var store = services.GetRequiredService<IDocumentStore>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var campaign = await db.Campaigns.SingleAsync(c => c.Year == year, Ct);

        var email = spec.Email ?? $"{Guid.NewGuid():N}@example.org";
        var applicantId = await NewApplicantAsync(services, email, spec.CanSignIn);
        var number = $"{year}-T{Interlocked.Increment(ref _lastNumber):D6}";
        var file = ApplicationFile.Create(campaign, applicantId, email, number, now);
        file.UpdateIdentity(
            new PersonalIdentity(spec.FirstName, spec.LastName, spec.BirthDate ?? new DateOnly(2006, 5, 17), "FR", Sex.Female, null), 0, campaign, now);
        file.UpdateContact(new ContactDetails("+33 3 83 00 00 00", "1 rue de la République", "54000", "Nancy", "FR"), 0, campaign, now);
        var track = await db.Tracks.SingleAsync(t => t.Code == spec.Track, Ct);
        var wishes = await WishesAsync(db, spec.Wishes ?? ["TN-ING/S", "MN-ICM/S"]);
        file.UpdateStudies(new PreviousStudies(track.Id, "Lycée Henri-Poincaré", "CPGE", 2026), wishes.ToHashSet(), 0, campaign, now);
        file.SetScholarship(false, 0, campaign, now);
        file.SetWishes(wishes, wishes.ToHashSet(), 0, campaign, now);
        if (spec.IdentityDocument)
        {
            await AddDocumentAsync(file, store, campaign, DocumentKind.IdentityDocument, "passeport.pdf", now);
        }

        if (spec.Transcript)
        {
            await AddDocumentAsync(file, store, campaign, DocumentKind.Transcript, "relevé de notes.pdf", now);
        }

        if (spec.Submit)
        {
            file.Submit(campaign, now);
        }

        db.Applications.Add(file);
        await db.SaveChangesAsync(Ct);
        return new SeededApplication(number, email, [.. file.Documents.Select(d => d.PublicId)]);
    }

    /// <summary>A client of the API, signed in with a bearer token and asking for English.</summary>
    public static async Task<HttpClient> ApiAsync(this RecruitmentApp app, string email)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.Clear();
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));
        return await client.WithTokenAsync(email);
    }

    /// <summary>A browser-like client (cookies, no automatic redirects) signed in through the login page, in English.</summary>
    public static async Task<HttpClient> BrowserAsync(this RecruitmentApp app, string email)
    {
        var client = app.CreateBrowserLikeClient();
        client.DefaultRequestHeaders.AcceptLanguage.Clear();
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));
        await client.SignInAsync(email);
        return client;
    }

    public static async Task<T> ReadAsync<T>(this HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(Ct)}");
        return (await response.Content.ReadFromJsonAsync<T>(Json, Ct))!;
    }

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, object body) =>
        client.PostAsJsonAsync(url, body, Json, Ct);

    private static async Task<string> NewApplicantAsync(IServiceProvider services, string email, bool canSignIn)
    {
        var users = services.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = $"Applicant {email}" };
        var created = canSignIn ? await users.CreateAsync(user, RecruitmentApp.Password) : await users.CreateAsync(user);
        Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(user, Roles.Applicant);
        return user.Id;
    }

    private static async Task<List<WishChoice>> WishesAsync(AppDbContext db, IEnumerable<string> keys)
    {
        var wishes = new List<WishChoice>();
        foreach (var key in keys)
        {
            var parts = key.Split('/');
            var programId = await db.Programs.Where(p => p.Code == parts[0]).Select(p => p.Id).SingleAsync(Ct);
            wishes.Add(new WishChoice(programId, ProgramStatusCodes.Parse(parts[1])));
        }

        return wishes;
    }

    private static async Task AddDocumentAsync(ApplicationFile file, IDocumentStore store, Campaign campaign, DocumentKind kind, string name, DateTimeOffset now)
    {
        var bytes = Encoding.ASCII.GetBytes(Pdf);
        using var content = new MemoryStream(bytes);
        var key = await store.SaveAsync(file.Number, content, Ct);
        file.AddDocument(kind, name, "application/pdf", bytes.Length, key, null, campaign, now);
    }
}
