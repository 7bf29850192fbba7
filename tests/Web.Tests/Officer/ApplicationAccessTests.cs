using System.Net;
using System.Net.Http.Json;
using Recruitment.Web.Tests.Support;
using static Recruitment.Web.Tests.Officer.OfficerSupport;

namespace Recruitment.Web.Tests.Officer;

/// <summary>Directors see no application; applicants see only their own and take no officer's decision.</summary>
public sealed class ApplicationAccessTests(RecruitmentApp app) : IClassFixture<RecruitmentApp>, IAsyncLifetime
{
    private SeededApplication _file = null!;
    private int _year;

    public async ValueTask InitializeAsync()
    {
        _year = await app.NewCampaignAsync();
        _file = await app.SeedAsync(_year, new("Victor", "Hugo"));
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    /// <summary>Every application endpoint, for officers or shared with the applicant.</summary>
    private IEnumerable<(HttpMethod Method, string Url)> Endpoints() =>
    [
        (HttpMethod.Get, "/api/applications"),
        (HttpMethod.Get, $"/api/applications/export.csv?year={_year}"),
        (HttpMethod.Get, $"/api/applications/{_file.Number}"),
        (HttpMethod.Get, $"/api/applications/{_file.Number}/history"),
        (HttpMethod.Get, $"/api/applications/{_file.Number}/documents/{_file.Documents[0]}"),
        (HttpMethod.Post, $"/api/applications/{_file.Number}/documents/{_file.Documents[0]}/review"),
        (HttpMethod.Post, $"/api/applications/{_file.Number}/eligibility"),
        (HttpMethod.Post, $"/api/applications/{_file.Number}/extension"),
    ];

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string url) =>
        method == HttpMethod.Get
            ? await client.GetAsync(url, Ct)
            : await client.PostAsJsonAsync(url, new { accept = true, eligible = true, until = DateTimeOffset.UtcNow.AddDays(60), reason = "x" }, Ct);

    private IEnumerable<string> Pages() =>
    [
        "/Officer/Applications",
        $"/Officer/Applications?Year={_year}&Search=hugo",
        $"/Officer/Applications/{_file.Number}",
        $"/Officer/Applications/{_file.Number}?handler=Document&documentId={_file.Documents[0]}",
    ];

    [Theory]
    [InlineData(RecruitmentApp.DirectorEmail)]
    [InlineData("director.mn@recruitment.test")]
    public async Task Directors_are_refused_every_application_endpoint(string director)
    {
        var client = await app.ApiAsync(director);

        foreach (var (method, url) in Endpoints())
        {
            var response = await SendAsync(client, method, url);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{method} {url}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task Anonymous_callers_are_asked_to_authenticate()
    {
        var client = app.CreateClient();

        foreach (var (method, url) in Endpoints())
        {
            var response = await SendAsync(client, method, url);
            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{method} {url}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task Applicants_are_refused_the_list_the_export_and_the_decisions()
    {
        var email = $"own-{Guid.NewGuid():N}@example.org";
        var own = await app.SeedAsync(_year, new("Adèle", "Hugo", Email: email, CanSignIn: true));
        var client = await app.ApiAsync(email);

        var refused = new List<(HttpMethod Method, string Url)>
        {
            (HttpMethod.Get, $"/api/applications?year={_year}"),
            (HttpMethod.Get, $"/api/applications/export.csv?year={_year}"),
            (HttpMethod.Post, $"/api/applications/{own.Number}/documents/{own.Documents[0]}/review"),
            (HttpMethod.Post, $"/api/applications/{own.Number}/eligibility"),
            (HttpMethod.Post, $"/api/applications/{own.Number}/extension"),
        };
        foreach (var (method, url) in refused)
        {
            var response = await SendAsync(client, method, url);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{method} {url}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task An_applicant_does_not_find_another_applicants_application()
    {
        var email = $"curious-{Guid.NewGuid():N}@example.org";
        await app.SeedAsync(_year, new("Curieux", "Voisin", Email: email, CanSignIn: true));
        var client = await app.ApiAsync(email);

        var file = await client.GetAsync($"/api/applications/{_file.Number}", Ct);
        var history = await client.GetAsync($"/api/applications/{_file.Number}/history", Ct);
        var document = await client.GetAsync($"/api/applications/{_file.Number}/documents/{_file.Documents[0]}", Ct);

        Assert.Equal(
            (HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound),
            (file.StatusCode, history.StatusCode, document.StatusCode));
    }

    [Theory]
    [InlineData(RecruitmentApp.DirectorEmail)]
    [InlineData(RecruitmentApp.ApplicantEmail)]
    public async Task Directors_and_applicants_are_refused_the_officers_pages(string email)
    {
        var client = await app.BrowserAsync(email);

        foreach (var url in Pages())
        {
            var response = await client.GetAsync(url, Ct);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{url}: {(int)response.StatusCode}");
            Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }

        var post = await client.PostAsync(
            $"/Officer/Applications/{_file.Number}?handler=Eligibility",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Eligibility.Eligible"] = "true" }),
            Ct);
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", post.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        var denied = await client.GetAsync(post.Headers.Location, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
    }

    [Fact]
    public async Task Anonymous_visitors_of_the_officers_pages_are_sent_to_sign_in()
    {
        var client = app.CreateBrowserLikeClient();

        foreach (var url in Pages())
        {
            var response = await client.GetAsync(url, Ct);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{url}: {(int)response.StatusCode}");
            Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }
    }
}
