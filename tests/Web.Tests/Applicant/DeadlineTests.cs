using System.Net;
using System.Net.Http.Json;
using Recruitment.Web.Tests.Support;

namespace Recruitment.Web.Tests.Applicant;

/// <summary>The deadline, to the second, with the application's own clock (which only moves forward: one app per test).</summary>
public sealed class DeadlineTests : IDisposable
{
    private readonly ClockedApp app = new();

    public void Dispose() => app.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<DateTimeOffset> DeadlineAsync(HttpClient client, string number) =>
        (await client.ReadApplicationAsync(number)).GetProperty("registrationClosesAt").GetDateTimeOffset();

    [Fact]
    public async Task Submission_one_second_after_the_deadline_is_refused_then_an_extension_allows_it()
    {
        var email = $"late-{Guid.NewGuid():N}@example.org";
        var number = await (await app.NewApplicantAsync(email)).CompleteApplicationAsync();
        app.Clock.SetUtcNow((await DeadlineAsync(await app.StaffAsync(email), number)).AddSeconds(1));
        var deadline = app.Clock.GetUtcNow().AddSeconds(-1);
        var client = await app.StaffAsync(email);
        var officer = await app.StaffAsync(RecruitmentApp.OfficerEmail);

        var late = await Problem.ReadAsync(await client.PostAsync($"/api/applications/{number}/submit", null, Ct));
        var edit = await Problem.ReadAsync(await client.PutIdentityAsync(number, 1, lastName: "Late"));
        var extension = await officer.PostAsJsonAsync($"/api/applications/{number}/extension", new { until = deadline.AddDays(2), reason = "Hospitalised the week of the deadline" }, Ct);
        var submitted = await client.PostAsync($"/api/applications/{number}/submit", null, Ct);

        Assert.Equal(409, late.Status);
        Assert.Equal("Registration is closed: the application can no longer be submitted.", late.Detail);
        Assert.Equal(409, edit.Status);
        Assert.True(extension.IsSuccessStatusCode, $"{(int)extension.StatusCode} {await extension.Content.ReadAsStringAsync(Ct)}");
        Assert.Equal(HttpStatusCode.NoContent, submitted.StatusCode);
        var history = await client.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/applications/{number}/history", Ct);
        Assert.Contains(history.EnumerateArray(), e => e.GetProperty("action").GetString() == "ExtensionGranted"
            && e.GetProperty("details").GetString()!.Contains("Hospitalised", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Submission_one_second_before_the_deadline_is_accepted()
    {
        var email = $"just-in-time-{Guid.NewGuid():N}@example.org";
        var number = await (await app.NewApplicantAsync(email)).CompleteApplicationAsync();
        app.Clock.SetUtcNow((await DeadlineAsync(await app.StaffAsync(email), number)).AddSeconds(-1));
        var client = await app.StaffAsync(email);

        var response = await client.PostAsync($"/api/applications/{number}/submit", null, Ct);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }
}
