using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Recruitment.Web.Tests.Support;

namespace Recruitment.Web.Tests.Api;

public sealed class AccountApiTests(RecruitmentApp app) : IClassFixture<RecruitmentApp>
{
    private async Task<HttpClient> AdminAsync() => await app.CreateClient().WithTokenAsync(RecruitmentApp.AdminEmail);

    [Fact]
    public async Task An_administrator_creates_a_director_bound_to_a_school()
    {
        var admin = await AdminAsync();

        var response = await admin.PostAsJsonAsync(
            "/api/users",
            new { email = "director.eost@example.org", displayName = "Directrice EOST", password = "twelve chars ok", role = "SchoolDirector", schoolCode = "EOST" },
            TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var users = await admin.GetFromJsonAsync<JsonElement>("/api/users", TestContext.Current.CancellationToken);
        var director = users.EnumerateArray().Single(u => u.GetProperty("email").GetString() == "director.eost@example.org");
        Assert.Equal("EOST", director.GetProperty("schoolCode").GetString());
        Assert.Equal("SchoolDirector", Assert.Single(director.GetProperty("roles").EnumerateArray()).GetString());
    }

    [Fact]
    public async Task A_short_password_a_director_without_school_and_an_unknown_role_are_refused()
    {
        var admin = await AdminAsync();

        var problem = await Problem.ReadAsync(await admin.PostAsJsonAsync(
            "/api/users",
            new { email = "not-an-email", displayName = "X", password = "short", role = "SchoolDirector", schoolCode = (string?)null },
            TestContext.Current.CancellationToken));
        var role = await Problem.ReadAsync(await admin.PostAsJsonAsync(
            "/api/users",
            new { email = "x@example.org", displayName = "X", password = "long enough password", role = "Dean", schoolCode = (string?)null },
            TestContext.Current.CancellationToken));

        Assert.Equal(["The password must have at least 12 characters."], problem.Errors["Password"]);
        Assert.Equal(["A school director must be bound to a school."], problem.Errors["SchoolCode"]);
        Assert.Contains("Email", problem.Errors.Keys);
        Assert.Contains("Role", role.Errors.Keys);
        var users = await admin.GetFromJsonAsync<JsonElement>("/api/users", TestContext.Current.CancellationToken);
        Assert.DoesNotContain(users.EnumerateArray(), u => u.GetProperty("email").GetString() == "x@example.org");
    }

    [Fact]
    public async Task Officers_may_not_manage_users()
    {
        var officer = await app.CreateClient().WithTokenAsync(RecruitmentApp.OfficerEmail);

        var response = await officer.GetAsync("/api/users", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_for_the_right_password()
    {
        var admin = await AdminAsync();
        await admin.PostAsJsonAsync(
            "/api/users",
            new { email = "locked.officer@example.org", displayName = "Officer", password = "the right password", role = "AdmissionsOfficer", schoolCode = (string?)null },
            TestContext.Current.CancellationToken);
        var client = app.CreateClient();

        for (var i = 0; i < 5; i++)
        {
            var wrong = await client.PostAsJsonAsync("/api/auth/token", new { email = "locked.officer@example.org", password = $"wrong password {i}" }, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        var right = await client.PostAsJsonAsync("/api/auth/token", new { email = "locked.officer@example.org", password = "the right password" }, TestContext.Current.CancellationToken);

        var problem = await Problem.ReadAsync(right);
        Assert.Equal(401, problem.Status);
        Assert.Contains("locked", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_reports_the_database()
    {
        var response = await app.CreateClient().GetAsync("/health", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var health = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        Assert.Equal("Healthy", health.GetProperty("status").GetString());
        Assert.Equal("database", Assert.Single(health.GetProperty("checks").EnumerateArray()).GetProperty("name").GetString());
    }
}
