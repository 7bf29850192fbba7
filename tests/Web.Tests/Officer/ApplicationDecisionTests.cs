using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Recruitment.Application.Applications;
using Recruitment.Application.Applications.GetApplicationHistory;
using Recruitment.Domain.Applications;
using Recruitment.Domain.Audit;
using Recruitment.Infrastructure.Persistence;
using Recruitment.Web.Tests.Support;
using static Recruitment.Web.Tests.Officer.OfficerSupport;

namespace Recruitment.Web.Tests.Officer;

/// <summary>An officer's decisions on one application through the API, and what the applicant then sees.</summary>
public sealed class ApplicationDecisionTests(RecruitmentApp app) : IClassFixture<RecruitmentApp>
{
    private const string OfficerName = "Olivier Gestionnaire";

    private async Task<ApplicationView> ViewAsync(HttpClient client, string number) =>
        await (await client.GetAsync($"/api/applications/{number}", Ct)).ReadAsync<ApplicationView>();

    private async Task<IReadOnlyList<HistoryEntryDto>> HistoryAsync(HttpClient client, string number) =>
        await (await client.GetAsync($"/api/applications/{number}/history", Ct)).ReadAsync<List<HistoryEntryDto>>();

    [Fact]
    public async Task Accepting_a_document_is_shown_on_the_application_and_in_its_history()
    {
        var year = await app.NewCampaignAsync();
        var file = await app.SeedAsync(year, new("Inès", "Moreau"));
        var officer = await app.ApiAsync(RecruitmentApp.OfficerEmail);

        var response = await officer.PostJsonAsync($"/api/applications/{file.Number}/documents/{file.Documents[0]}/review", new { accept = true });

        var view = await response.ReadAsync<ApplicationView>();
        Assert.Equal(DocumentReview.Accepted, view.Documents.Single(d => d.Id == file.Documents[0]).Review);
        Assert.Equal(DocumentReview.Pending, view.Documents.Single(d => d.Id == file.Documents[1]).Review);
        var entry = (await HistoryAsync(officer, file.Number))[^1];
        Assert.Equal(("DocumentAccepted", OfficerName), (entry.Action, entry.Actor));
        Assert.Contains("passeport.pdf", entry.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rejecting_a_document_without_a_reason_is_refused_naming_the_reason_and_changes_nothing()
    {
        var year = await app.NewCampaignAsync();
        var file = await app.SeedAsync(year, new("Noah", "Garnier"));
        var officer = await app.ApiAsync(RecruitmentApp.OfficerEmail);

        var problem = await Problem.ReadAsync(await officer.PostJsonAsync(
            $"/api/applications/{file.Number}/documents/{file.Documents[1]}/review", new { accept = false, reason = "  " }));

        Assert.Equal(400, problem.Status);
        Assert.Equal(["Say why the document is rejected: the applicant will read it."], problem.Errors["Reason"]);
        var view = await ViewAsync(officer, file.Number);
        Assert.All(view.Documents, d => Assert.Equal(DocumentReview.Pending, d.Review));
        Assert.Empty(await HistoryAsync(officer, file.Number));
    }

    [Fact]
    public async Task A_rejected_document_shows_its_reason_to_the_applicant()
    {
        var year = await app.NewCampaignAsync();
        var email = $"rejected-{Guid.NewGuid():N}@example.org";
        var file = await app.SeedAsync(year, new("Léa", "Fournier", Email: email, CanSignIn: true));
        var officer = await app.ApiAsync(RecruitmentApp.OfficerEmail);

        (await officer.PostJsonAsync(
            $"/api/applications/{file.Number}/documents/{file.Documents[1]}/review",
            new { accept = false, reason = "The second page of the transcript is missing." })).EnsureSuccessStatusCode();
        var applicant = await app.ApiAsync(email);
        var seen = await ViewAsync(applicant, file.Number);

        var transcript = seen.Documents.Single(d => d.Id == file.Documents[1]);
        Assert.Equal(DocumentReview.Rejected, transcript.Review);
        Assert.Equal("The second page of the transcript is missing.", transcript.ReviewReason);
        Assert.False(seen.PossibleDuplicate);
        Assert.Contains(seen.Missing, m => m.Field == nameof(DocumentKind.Transcript));
    }

    [Fact]
    public async Task Reviewing_a_document_of_another_application_is_not_found()
    {
        var year = await app.NewCampaignAsync();
        var file = await app.SeedAsync(year, new("Anna", "Roux"));
        var other = await app.SeedAsync(year, new("Tom", "Roux"));
        var officer = await app.ApiAsync(RecruitmentApp.OfficerEmail);

        var response = await officer.PostJsonAsync($"/api/applications/{file.Number}/documents/{other.Documents[0]}/review", new { accept = true });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Declaring_not_eligible_requires_a_reason_then_the_applicant_reads_it()
    {
        var year = await app.NewCampaignAsync();
        var email = $"ineligible-{Guid.NewGuid():N}@example.org";
        var file = await app.SeedAsync(year, new("Mathis", "Blanc", Email: email, CanSignIn: true));
        var officer = await app.ApiAsync(RecruitmentApp.OfficerEmail);

        var refused = await Problem.ReadAsync(await officer.PostJsonAsync($"/api/applications/{file.Number}/eligibility", new { eligible = false }));
        var decided = await officer.PostJsonAsync($"/api/applications/{file.Number}/eligibility", new { eligible = false, reason = "The diploma is not yet awarded." });
        var seen = await ViewAsync(await app.ApiAsync(email), file.Number);

        Assert.Equal(400, refused.Status);
        Assert.Contains("Reason", refused.Errors.Keys);
        Assert.Equal(Eligibility.NotEligible, (await decided.ReadAsync<ApplicationView>()).Eligibility);
        Assert.Equal((Eligibility.NotEligible, "The diploma is not yet awarded."), (seen.Eligibility, seen.EligibilityReason));
    }

    [Fact]
    public async Task Eligibility_of_a_draft_is_a_conflict()
    {
        var year = await app.NewCampaignAsync();
        var file = await app.SeedAsync(year, new("Clara", "Vincent", Submit: false));
        var officer = await app.ApiAsync(RecruitmentApp.OfficerEmail);

        var problem = await Problem.ReadAsync(await officer.PostJsonAsync($"/api/applications/{file.Number}/eligibility", new { eligible = true }));

        Assert.Equal(409, problem.Status);
        Assert.Equal("Eligibility is decided on submitted applications only.", problem.Detail);
        Assert.Equal(Eligibility.Pending, (await ViewAsync(officer, file.Number)).Eligibility);
    }

    [Fact]
    public async Task An_extension_must_end_in_the_future_and_give_a_reason()
    {
        var year = await app.NewCampaignAsync();
        var file = await app.SeedAsync(year, new("Jules", "Faure"));
        var officer = await app.ApiAsync(RecruitmentApp.OfficerEmail);

        var past = await Problem.ReadAsync(await officer.PostJsonAsync(
            $"/api/applications/{file.Number}/extension", new { until = DateTimeOffset.UtcNow.AddHours(-1), reason = "Too late" }));
        var noReason = await Problem.ReadAsync(await officer.PostJsonAsync(
            $"/api/applications/{file.Number}/extension", new { until = DateTimeOffset.UtcNow.AddDays(40) }));

        Assert.Equal(400, past.Status);
        Assert.Equal(["An extension must end in the future."], past.Errors["Until"]);
        Assert.Equal(400, noReason.Status);
        Assert.Contains("Reason", noReason.Errors.Keys);
        Assert.Null((await ViewAsync(officer, file.Number)).ExtensionUntil);
    }

    [Fact]
    public async Task Every_decision_is_in_the_history_with_the_officer_who_took_it_oldest_first()
    {
        var year = await app.NewCampaignAsync();
        var file = await app.SeedAsync(year, new("Rose", "Chevalier"));
        var officer = await app.ApiAsync(RecruitmentApp.OfficerEmail);
        var admin = await app.ApiAsync(RecruitmentApp.AdminEmail);
        var until = DateTimeOffset.UtcNow.AddDays(45);

        (await officer.PostJsonAsync($"/api/applications/{file.Number}/documents/{file.Documents[0]}/review", new { accept = true })).EnsureSuccessStatusCode();
        (await officer.PostJsonAsync($"/api/applications/{file.Number}/documents/{file.Documents[1]}/review", new { accept = false, reason = "Blurred" })).EnsureSuccessStatusCode();
        (await admin.PostJsonAsync($"/api/applications/{file.Number}/eligibility", new { eligible = true })).EnsureSuccessStatusCode();
        (await officer.PostJsonAsync($"/api/applications/{file.Number}/extension", new { until, reason = "Replacement transcript on its way" })).EnsureSuccessStatusCode();

        var history = await HistoryAsync(officer, file.Number);
        Assert.Equal(
            [("DocumentAccepted", OfficerName), ("DocumentRejected", OfficerName), ("EligibilityDecided", "Alice Administratrice"), ("ExtensionGranted", OfficerName)],
            history.Select(e => (e.Action, e.Actor)));
        Assert.Contains("Blurred", history[1].Details, StringComparison.Ordinal);
        Assert.Contains("Replacement transcript on its way", history[3].Details, StringComparison.Ordinal);
        Assert.True(history.Zip(history.Skip(1)).All(p => p.First.At <= p.Second.At));
        var view = await ViewAsync(officer, file.Number);
        Assert.Equal(until.ToUnixTimeSeconds(), view.ExtensionUntil!.Value.ToUnixTimeSeconds());
    }

    [Fact]
    public async Task The_audit_log_cannot_be_changed_or_deleted()
    {
        var year = await app.NewCampaignAsync();
        var file = await app.SeedAsync(year, new("Adam", "Perrin"));
        var officer = await app.ApiAsync(RecruitmentApp.OfficerEmail);
        (await officer.PostJsonAsync($"/api/applications/{file.Number}/eligibility", new { eligible = true })).EnsureSuccessStatusCode();

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var entry = await db.AuditEntries.SingleAsync(e => e.SubjectKey == file.Number, Ct);
        db.Entry(entry).Property(e => e.Details).CurrentValue = "Nothing happened";
        var update = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync(Ct));
        db.ChangeTracker.Clear();
        db.AuditEntries.Remove(await db.AuditEntries.SingleAsync(e => e.Id == entry.Id, Ct));
        var delete = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync(Ct));

        Assert.Contains("append-only", update.Message, StringComparison.Ordinal);
        Assert.Contains("append-only", delete.Message, StringComparison.Ordinal);
        using var check = app.Services.CreateScope();
        var stored = await check.ServiceProvider.GetRequiredService<AppDbContext>().AuditEntries.AsNoTracking().SingleAsync(e => e.Id == entry.Id, Ct);
        Assert.Equal("Declared eligible", stored.Details);
    }

    [Fact]
    public async Task Two_decisions_saved_on_the_same_version_do_not_both_win()
    {
        var year = await app.NewCampaignAsync();
        var file = await app.SeedAsync(year, new("Léon", "Girard"));
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var stale = await db.Applications.Include(a => a.Documents).SingleAsync(a => a.Number == file.Number, Ct);
        var officer = await app.ApiAsync(RecruitmentApp.OfficerEmail);
        (await officer.PostJsonAsync($"/api/applications/{file.Number}/eligibility", new { eligible = true })).EnsureSuccessStatusCode();

        stale.DecideEligibility(false, "Read before the other decision", "Someone", DateTimeOffset.UtcNow);
        db.AuditEntries.Add(AuditEntry.Create(DateTimeOffset.UtcNow, "Application", file.Number, "EligibilityDecided", null, "Someone", "stale"));

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db.SaveChangesAsync(Ct));
        var view = await ViewAsync(officer, file.Number);
        Assert.Equal(Eligibility.Eligible, view.Eligibility);
        Assert.Single(await HistoryAsync(officer, file.Number));
    }

    [Fact]
    public async Task A_change_saved_by_someone_else_at_the_same_time_answers_409_with_a_clear_message()
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-GB");
        var services = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider();
        var context = new Microsoft.AspNetCore.Http.DefaultHttpContext { RequestServices = services };
        context.Request.Path = "/api/applications/2027-X/eligibility";
        using var body = new MemoryStream();
        context.Response.Body = body;
        var handler = new Recruitment.Web.Infrastructure.ProblemExceptionHandler(
            services.GetRequiredService<Microsoft.AspNetCore.Http.IProblemDetailsService>(),
            Microsoft.Extensions.Logging.Abstractions.NullLogger<Recruitment.Web.Infrastructure.ProblemExceptionHandler>.Instance);

        var handled = await handler.TryHandleAsync(context, new DbUpdateConcurrencyException("row version changed"), Ct);

        Assert.True(handled);
        Assert.Equal(409, context.Response.StatusCode);
        var problem = JsonDocument.Parse(body.ToArray()).RootElement;
        Assert.Equal(
            "This application was changed by someone else at the same time; nothing was saved. Reload and try again.",
            problem.GetProperty("detail").GetString());
    }
}
