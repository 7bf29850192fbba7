using System.Net;
using Recruitment.Web.Tests.Support;

namespace Recruitment.Web.Tests.Pages;

public sealed class PageAccessTests(RecruitmentApp app) : IClassFixture<RecruitmentApp>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/Schools")]
    [InlineData("/Account/Login")]
    public async Task Public_pages_answer_to_anyone(string url)
    {
        var response = await app.CreateBrowserLikeClient().GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/Admin/Campaigns")]
    [InlineData("/Admin/Users")]
    [InlineData("/jobs")]
    public async Task Protected_pages_send_anonymous_visitors_to_sign_in(string url)
    {
        var response = await app.CreateBrowserLikeClient().GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(RecruitmentApp.OfficerEmail, "/jobs")]
    [InlineData(RecruitmentApp.OfficerEmail, "/Admin/Users")]
    [InlineData(RecruitmentApp.ApplicantEmail, "/Admin/Campaigns")]
    [InlineData(RecruitmentApp.DirectorEmail, "/Admin/Campaigns")]
    [InlineData(RecruitmentApp.ApplicantEmail, "/jobs")]
    public async Task Signed_in_users_without_the_role_are_refused(string email, string url)
    {
        var client = app.CreateBrowserLikeClient();
        await client.SignInAsync(email);

        var response = await client.GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        var denied = await client.GetAsync(response.Headers.Location, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Contains("Access denied", await denied.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(RecruitmentApp.AdminEmail, "/jobs")]
    [InlineData(RecruitmentApp.AdminEmail, "/Admin/Users")]
    [InlineData(RecruitmentApp.OfficerEmail, "/Admin/Campaigns")]
    [InlineData(RecruitmentApp.OfficerEmail, "/Admin/Campaigns/Create")]
    public async Task Users_with_the_role_open_the_page(string email, string url)
    {
        var client = app.CreateBrowserLikeClient();
        await client.SignInAsync(email);

        var response = await client.GetAsync(url, TestContext.Current.CancellationToken);

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {app.Logs}");
    }

    [Fact]
    public async Task A_form_posted_without_its_antiforgery_token_is_refused_with_the_reason_and_nothing_is_saved()
    {
        var client = app.CreateBrowserLikeClient();
        await client.SignInAsync(RecruitmentApp.OfficerEmail);
        var campaigns = await client.GetStringAsync("/Admin/Campaigns", TestContext.Current.CancellationToken);
        var year = System.Text.RegularExpressions.Regex.Match(campaigns, "/Admin/Campaigns/(\\d{4})").Groups[1].Value;

        var response = await client.PostAsync(
            $"/Admin/Campaigns/{year}?handler=Seats",
            new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Pool.ProgramCode"] = "TPS-PHY",
                ["Pool.Status"] = "Student",
                ["Pool.TrackCode"] = "PT",
                ["Pool.Seats"] = "99",
            }),
            TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("security token (anti-forgery protection) is missing or has expired, so nothing was saved", body, StringComparison.Ordinal);
        var page = await client.GetStringAsync($"/Admin/Campaigns/{year}", TestContext.Current.CancellationToken);
        Assert.Contains("id=\"seats-TPS-PHY-S-PT\" class=\"seats\" name=\"Pool.Seats\" type=\"number\"\n                           value=\"5\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Five_wrong_passwords_on_the_sign_in_page_lock_the_account()
    {
        var client = app.CreateBrowserLikeClient();
        var answers = new List<string>();

        for (var i = 0; i < 5; i++)
        {
            var wrong = await client.PostFormAsync("/Account/Login", new() { ["Input.Email"] = "director.mn@recruitment.test", ["Input.Password"] = $"not the password {i}" });
            answers.Add(await wrong.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        }

        var right = await client.PostFormAsync("/Account/Login", new() { ["Input.Email"] = "director.mn@recruitment.test", ["Input.Password"] = RecruitmentApp.Password });

        Assert.All(answers.Take(4), a => Assert.Contains("The e-mail or the password is wrong.", a, StringComparison.Ordinal));
        Assert.Contains("This account is locked after repeated failed sign-ins.", answers[4], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("This account is locked after repeated failed sign-ins.", await right.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_page_gets_a_friendly_404()
    {
        var response = await app.CreateBrowserLikeClient().GetAsync("/no/such/page", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }
}
