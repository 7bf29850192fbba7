using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Recruitment.Web.Tests.Support;

namespace Recruitment.Web.Tests.Api;

public sealed class CampaignApiTests(RecruitmentApp app) : IClassFixture<RecruitmentApp>
{
    private static readonly DateTimeOffset Opens = new(2029, 12, 1, 8, 0, 0, TimeSpan.Zero);

    private async Task<HttpClient> OfficerAsync() => await app.CreateClient().WithTokenAsync(RecruitmentApp.OfficerEmail);

    private async Task<int> DemoYearAsync(HttpClient client)
    {
        var campaigns = await client.GetFromJsonAsync<JsonElement>("/api/campaigns", TestContext.Current.CancellationToken);
        return campaigns.EnumerateArray().Single(c => c.GetProperty("name").GetString()!.StartsWith("Concours", StringComparison.Ordinal)
            && c.GetProperty("pools").GetInt32() > 0).GetProperty("year").GetInt32();
    }

    private static async Task<int> SeatsAsync(HttpClient client, int year, string key)
    {
        var campaign = await client.GetFromJsonAsync<JsonElement>($"/api/campaigns/{year}", TestContext.Current.CancellationToken);
        return campaign.GetProperty("pools").EnumerateArray().Where(p => p.GetProperty("key").GetString() == key)
            .Select(p => p.GetProperty("seats").GetInt32()).DefaultIfEmpty(-1).Single();
    }

    [Fact]
    public async Task Without_a_token_the_campaigns_are_refused_with_401()
    {
        var response = await app.CreateClient().GetAsync("/api/campaigns", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData(RecruitmentApp.ApplicantEmail)]
    [InlineData(RecruitmentApp.DirectorEmail)]
    public async Task Applicants_and_directors_may_not_manage_campaigns(string email)
    {
        var client = await app.CreateClient().WithTokenAsync(email);

        var read = await client.GetAsync("/api/campaigns", TestContext.Current.CancellationToken);
        var write = await client.PutAsJsonAsync("/api/campaigns/2027/pools/TN-ING/S/MP", new { seats = 1 }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
    }

    [Fact]
    public async Task An_officer_sets_the_seats_of_a_pool()
    {
        var client = await OfficerAsync();
        var year = await DemoYearAsync(client);

        var response = await client.PutAsJsonAsync($"/api/campaigns/{year}/pools/TN-ING/S/MP", new { seats = 57 }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(57, await SeatsAsync(client, year, "TN-ING/S/MP"));
    }

    [Fact]
    public async Task A_negative_seat_count_is_refused_at_the_field_and_nothing_changes()
    {
        var client = await OfficerAsync();
        var year = await DemoYearAsync(client);
        var before = await SeatsAsync(client, year, "EOST-GEO/S/PC");

        var response = await client.PutAsJsonAsync($"/api/campaigns/{year}/pools/EOST-GEO/S/PC", new { seats = -4 }, TestContext.Current.CancellationToken);

        var problem = await Problem.ReadAsync(response);
        Assert.Equal(400, problem.Status);
        Assert.Equal(["The number of seats must be 0 or more."], problem.Errors["Seats"]);
        Assert.Equal(before, await SeatsAsync(client, year, "EOST-GEO/S/PC"));
    }

    [Fact]
    public async Task A_pool_for_a_status_its_program_does_not_offer_is_refused_and_not_created()
    {
        var client = await OfficerAsync();
        var year = await DemoYearAsync(client);

        var response = await client.PutAsJsonAsync($"/api/campaigns/{year}/pools/MN-ICM/A/MP", new { seats = 3 }, TestContext.Current.CancellationToken);

        var problem = await Problem.ReadAsync(response);
        Assert.Equal(400, problem.Status);
        Assert.Equal(["Program MN-ICM is not offered under apprentice status."], problem.Errors["Status"]);
        Assert.Equal(-1, await SeatsAsync(client, year, "MN-ICM/A/MP"));
    }

    [Fact]
    public async Task An_unknown_track_or_program_or_status_is_named()
    {
        var client = await OfficerAsync();
        var year = await DemoYearAsync(client);

        var track = await Problem.ReadAsync(await client.PutAsJsonAsync($"/api/campaigns/{year}/pools/TN-ING/S/XYZ", new { seats = 3 }, TestContext.Current.CancellationToken));
        var program = await Problem.ReadAsync(await client.PutAsJsonAsync($"/api/campaigns/{year}/pools/NOPE/S/MP", new { seats = 3 }, TestContext.Current.CancellationToken));
        var status = await Problem.ReadAsync(await client.PutAsJsonAsync($"/api/campaigns/{year}/pools/TN-ING/Q/MP", new { seats = 3 }, TestContext.Current.CancellationToken));

        Assert.Equal(["There is no track 'XYZ'."], track.Errors["TrackCode"]);
        Assert.Equal(["There is no program 'NOPE'."], program.Errors["ProgramCode"]);
        Assert.Contains("use S (student) or A (apprentice)", Assert.Single(status.Errors["Status"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_campaign_with_dates_out_of_order_is_refused_field_by_field_and_not_created()
    {
        var client = await OfficerAsync();

        var response = await client.PostAsJsonAsync(
            "/api/campaigns",
            new
            {
                year = 2030,
                name = "Concours 2030",
                maxWishes = 10,
                registrationOpensAt = Opens,
                registrationClosesAt = Opens.AddDays(-1),
                resultsPublishedAt = Opens.AddDays(-2),
                rounds = new[] { new { offersAt = Opens.AddDays(100), answersDueAt = Opens.AddDays(99) } },
            },
            TestContext.Current.CancellationToken);

        var problem = await Problem.ReadAsync(response);
        Assert.Equal(400, problem.Status);
        Assert.Equal(["Registration must close after it opens."], problem.Errors["RegistrationClosesAt"]);
        Assert.Equal(["Results must be published after registration closes."], problem.Errors["ResultsPublishedAt"]);
        Assert.Contains("Rounds[0].AnswersDueAt", problem.Errors.Keys);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/campaigns/2030", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task A_campaign_is_created_then_rescheduled()
    {
        var client = await OfficerAsync();

        var created = await client.PostAsJsonAsync(
            "/api/campaigns",
            new
            {
                year = 2031,
                name = "Concours 2031",
                maxWishes = 8,
                registrationOpensAt = Opens,
                registrationClosesAt = Opens.AddDays(60),
                resultsPublishedAt = Opens.AddDays(180),
                rounds = new[] { new { offersAt = Opens.AddDays(185), answersDueAt = Opens.AddDays(190) } },
            },
            TestContext.Current.CancellationToken);
        var updated = await client.PutAsJsonAsync(
            "/api/campaigns/2031",
            new
            {
                name = "Concours 2031 (IMT Grand Est)",
                maxWishes = 10,
                registrationOpensAt = Opens,
                registrationClosesAt = Opens.AddDays(61),
                resultsPublishedAt = Opens.AddDays(180),
                rounds = Array.Empty<object>(),
            },
            TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("/api/campaigns/2031", created.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var campaign = await client.GetFromJsonAsync<JsonElement>("/api/campaigns/2031", TestContext.Current.CancellationToken);
        Assert.Equal("Concours 2031 (IMT Grand Est)", campaign.GetProperty("name").GetString());
        Assert.Equal(Opens.AddDays(61), campaign.GetProperty("registrationClosesAt").GetDateTimeOffset());
        Assert.Equal(0, campaign.GetProperty("rounds").GetArrayLength());
    }

    [Fact]
    public async Task A_year_that_already_has_a_campaign_is_refused()
    {
        var client = await OfficerAsync();
        var year = await DemoYearAsync(client);

        var response = await client.PostAsJsonAsync(
            "/api/campaigns",
            new { year, name = "Again", maxWishes = 10, registrationOpensAt = Opens, registrationClosesAt = Opens.AddDays(1), resultsPublishedAt = Opens.AddDays(2) },
            TestContext.Current.CancellationToken);

        var problem = await Problem.ReadAsync(response);
        Assert.Equal([$"A campaign for {year} already exists."], problem.Errors["Year"]);
    }

    [Fact]
    public async Task An_unknown_campaign_is_404_problem_details()
    {
        var client = await OfficerAsync();

        var problem = await Problem.ReadAsync(await client.GetAsync("/api/campaigns/2099", TestContext.Current.CancellationToken));

        Assert.Equal(404, problem.Status);
        Assert.Equal("Campaign '2099' was not found.", problem.Detail);
    }

    [Fact]
    public async Task The_consortium_is_public()
    {
        var consortium = await app.CreateClient().GetFromJsonAsync<JsonElement>("/api/consortium", TestContext.Current.CancellationToken);

        Assert.Equal(6, consortium.GetProperty("schools").GetArrayLength());
        Assert.Equal(8, consortium.GetProperty("tracks").GetArrayLength());
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_endpoints()
    {
        var document = await app.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json", TestContext.Current.CancellationToken);

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/campaigns/{year}/pools/{program}/{status}/{track}", paths);
        Assert.Contains("/api/auth/token", paths);
    }
}
