using System.Net;
using Recruitment.Application.Applications;
using Recruitment.Domain.Applications;
using Recruitment.Web.Tests.Support;
using static Recruitment.Web.Tests.Officer.OfficerSupport;

namespace Recruitment.Web.Tests.Officer;

/// <summary>An extension, on the application's own clock moved past the deadline.</summary>
public sealed class ExtensionTests(OfficerClockApp app) : IClassFixture<OfficerClockApp>
{
    [Fact]
    public async Task An_extension_lets_the_applicant_submit_after_the_deadline_until_it_ends()
    {
        var year = await app.NewCampaignAsync(closesIn: TimeSpan.FromDays(2));
        var email = $"late-{Guid.NewGuid():N}@example.org";
        var file = await app.SeedAsync(year, new("Camille", "Lambert", Submit: false, Email: email, CanSignIn: true));
        app.Clock.Advance(TimeSpan.FromDays(3));

        // Tokens follow the application's clock: sign in again once it has moved.
        var applicant = await app.ApiAsync(email);
        var officer = await app.ApiAsync(RecruitmentApp.OfficerEmail);
        var late = await applicant.PostAsync($"/api/applications/{file.Number}/submit", null, Ct);
        var granted = await officer.PostJsonAsync(
            $"/api/applications/{file.Number}/extension",
            new { until = app.Clock.GetUtcNow().AddDays(1), reason = "Hospitalised the week of the deadline" });
        var submitted = await applicant.PostAsync($"/api/applications/{file.Number}/submit", null, Ct);

        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        var extended = await granted.ReadAsync<ApplicationView>();
        Assert.True(extended.CanSubmit);
        Assert.Equal("Hospitalised the week of the deadline", extended.ExtensionReason);
        Assert.Equal(HttpStatusCode.NoContent, submitted.StatusCode);
        var view = await (await applicant.GetAsync($"/api/applications/{file.Number}", Ct)).ReadAsync<ApplicationView>();
        Assert.Equal(ApplicationStatus.Submitted, view.Status);

        app.Clock.Advance(TimeSpan.FromDays(2));
        var afterExtension = await (await (await app.ApiAsync(email)).GetAsync($"/api/applications/{file.Number}", Ct)).ReadAsync<ApplicationView>();
        Assert.False(afterExtension.CanEdit);
    }
}
