using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Recruitment.Application.Rankings;
using Recruitment.Infrastructure.Persistence;
using Recruitment.Web.Tests.Support;
using static Recruitment.Web.Tests.Rankings.RankingSupport;

namespace Recruitment.Web.Tests.Rankings;

/// <summary>The officers' ranking and marks pages and the applicant's dashboard, as a browser uses them.</summary>
public sealed partial class RankingPageTests(RankingApp app) : IClassFixture<RankingApp>
{
    private async Task<HttpClient> BrowserAsync(string email)
    {
        var client = app.CreateBrowserLikeClient();
        await client.SignInAsync(email);
        return client;
    }

    /// <summary>Posts a multipart form with the page's anti-forgery token, as a browser uploading a file would.</summary>
    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string url, string page, Dictionary<string, string> fields, byte[] file)
    {
        var html = await client.GetStringAsync(page, Ct);
        var form = new MultipartFormDataContent
        {
            { new StringContent(WebUtility.HtmlDecode(Token().Match(html).Groups[1].Value)), "__RequestVerificationToken" },
            { new ByteArrayContent(file), "Upload", "notes.csv" },
        };
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        return await client.PostAsync(url, form, Ct);
    }

    [Fact]
    public async Task The_pages_of_a_published_ranking_show_its_versions_list_statistics_and_export()
    {
        var year = await app.NewCampaignAsync();
        var numbers = await app.SeedAsync(year, new Candidate(Marks: [("MATH", "15"), ("PHYS", "12"), ("INFO", "9")]), new Candidate(Marks: [("MATH", "9"), ("PHYS", "8"), ("INFO", "11")]));
        await app.CloseRegistrationAsync(year);
        var api = await app.ApiAsync(RecruitmentApp.OfficerEmail);
        await api.ConfigureMpAsync(year);
        var computed = await api.ComputeAsync(year, "MP", "Concours MP").ReadAsync<RankingVersionDto>();
        await (await app.ApiAsync(RankingApp.SecondOfficerEmail)).PublishAsync(year, "MP", 1, computed.Sha256).ReadAsync<RankingVersionDto>();
        var officer = await BrowserAsync(RecruitmentApp.OfficerEmail);

        var index = await officer.GetStringAsync($"/Officer/Rankings?year={year}", Ct);
        var track = await officer.GetStringAsync($"/Officer/Rankings/Track?year={year}&track=MP", Ct);
        var list = await officer.GetStringAsync($"/Officer/Rankings/List?year={year}&track=MP&version=1&search={numbers[0]}", Ct);
        var statistics = await officer.GetStringAsync($"/Officer/Rankings/Statistics?year={year}&track=MP&version=1", Ct);
        var settings = await officer.GetStringAsync($"/Officer/Rankings/Settings?year={year}&track=MP", Ct);
        var marks = await officer.GetStringAsync($"/Officer/Marks/Edit?number={numbers[0]}", Ct);

        Assert.Contains($"Version 1 on", index, StringComparison.Ordinal);
        Assert.Contains(computed.Sha256, track, StringComparison.Ordinal);
        Assert.Contains("Correct the published ranking", track, StringComparison.Ordinal);
        Assert.Contains($"export.csv\" download=\"ranking-{year}-MP-v1-{computed.Sha256}.csv\"", track, StringComparison.Ordinal);
        Assert.Contains("12.6667", list, StringComparison.Ordinal);
        Assert.Contains("1 candidate(s)", list, StringComparison.Ordinal);
        Assert.Contains("chart.png", statistics, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">12 to under 13</th><td class=\"num\">1</td>", statistics, StringComparison.Ordinal);
        Assert.Contains("value=\"4\"", settings, StringComparison.Ordinal);
        Assert.Contains("15.00", marks, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_rules_form_shows_each_refusal_next_to_its_field()
    {
        var year = await app.NewCampaignAsync();
        var officer = await BrowserAsync(RecruitmentApp.OfficerEmail);
        var url = $"/Officer/Rankings/Settings?year={year}&track=MP";

        var response = await officer.PostFormAsync(url, new()
        {
            ["Year"] = $"{year}", ["Track"] = "MP",
            ["Input.Rows[0].Subject"] = "MATH", ["Input.Rows[0].Included"] = "true", ["Input.Rows[0].Coefficient"] = "0",
            ["Input.Rows[1].Subject"] = "PHYS", ["Input.Rows[1].Included"] = "true", ["Input.Rows[1].Coefficient"] = "0,0",
            ["Input.Rows[2].Subject"] = "INFO", ["Input.Rows[2].Coefficient"] = "2",
            ["Input.Rows[3].Subject"] = "FRAN", ["Input.Rows[3].Coefficient"] = "1",
            ["Input.Rows[4].Subject"] = "ANGL", ["Input.Rows[4].Coefficient"] = "1",
            ["Input.Bar"] = "21", ["Input.Chain[0]"] = "INFO",
        }, url);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<span class=\"field-error\" id=\"Input_Rows-error\">At least one subject must have a coefficient above 0", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"field-error\" id=\"Input_Bar-error\">The admissibility bar must be from 0 to 20.</span>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"field-error\" id=\"Input_Chain_0_-error\">Tie-break subject INFO is not a subject of the ranking.</span>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Computing_and_approving_on_the_page_refuses_the_officer_who_computed_and_publishes_for_the_second()
    {
        var year = await app.NewCampaignAsync();
        await app.SeedAsync(year, new Candidate(Marks: [("MATH", "15"), ("PHYS", "12"), ("INFO", "9")]));
        await app.CloseRegistrationAsync(year);
        await (await app.ApiAsync(RecruitmentApp.OfficerEmail)).ConfigureMpAsync(year);
        var officer = await BrowserAsync(RecruitmentApp.OfficerEmail);
        var second = await BrowserAsync(RankingApp.SecondOfficerEmail);
        var url = $"/Officer/Rankings/Track?year={year}&track=MP";

        var computed = await officer.PostFormAsync($"{url}&handler=Compute", new() { ["Year"] = $"{year}", ["Track"] = "MP", ["Seed"] = "Concours MP" }, url);
        var mine = await officer.GetStringAsync(url, Ct);
        var hash = Regex.Match(mine, "<code class=\"hash\">([0-9a-f]{64})</code>").Groups[1].Value;
        var refused = await officer.PostFormAsync($"{url}&handler=Publish", new() { ["Year"] = $"{year}", ["Track"] = "MP", ["Version"] = "1", ["Sha256"] = hash }, url);
        var theirs = await second.GetStringAsync(url, Ct);
        var published = await second.PostFormAsync($"{url}&handler=Publish", new() { ["Year"] = $"{year}", ["Track"] = "MP", ["Version"] = "1", ["Sha256"] = hash }, url);

        Assert.Equal(HttpStatusCode.Redirect, computed.StatusCode);
        Assert.Contains("You computed this version: another officer must check and approve it.", mine, StringComparison.Ordinal);
        Assert.DoesNotContain("Approve and publish", mine, StringComparison.Ordinal);
        Assert.Contains("You computed this version of the ranking: another officer must approve it.", await refused.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Contains("Approve and publish version 1", theirs, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Contains("published", await second.GetStringAsync(url, Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Importing_on_the_page_lists_bad_lines_then_previews_and_imports_a_good_file_kept_on_the_server()
    {
        var year = await app.NewCampaignAsync();
        var numbers = await app.SeedAsync(year, new Candidate(Marks: [("MATH", "10")]));
        var officer = await BrowserAsync(RecruitmentApp.OfficerEmail);
        var page = $"/Officer/Marks/Import?year={year}";
        var fields = new Dictionary<string, string> { ["Year"] = $"{year}" };

        var bad = await (await UploadAsync(officer, $"{page}&handler=Preview", page, fields, Encoding.UTF8.GetBytes($"application;subject;mark\n{numbers[0]};MATH;25\n"))).Content.ReadAsStringAsync(Ct);
        var good = await (await UploadAsync(officer, $"{page}&handler=Preview", page, fields, Encoding.UTF8.GetBytes($"application;subject;mark\n{numbers[0]};MATH;12,5\n{numbers[0]};PHYS;8\n"))).Content.ReadAsStringAsync(Ct);
        var unchanged = await app.MarksOfAsync(numbers[0]);
        var key = Regex.Match(good, "name=\"Key\" value=\"([^\"]+)\"").Groups[1].Value;
        var digest = Regex.Match(good, "name=\"Digest\" value=\"([^\"]+)\"").Groups[1].Value;
        var forged = await officer.PostFormAsync($"{page}&handler=Confirm", new() { ["Year"] = $"{year}", ["Key"] = "2027-D0000001/0123456789abcdef0123456789abcdef", ["Digest"] = digest }, page);
        var confirmed = await officer.PostFormAsync($"{page}&handler=Confirm", new() { ["Year"] = $"{year}", ["Key"] = key, ["FileName"] = "notes.csv", ["Digest"] = digest }, page);

        Assert.Contains("1 problem(s): nothing can be imported.", bad, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\">2</td><td>The mark 25 is out of range: a mark is from 0 to 20.</td>", bad, StringComparison.Ordinal);
        Assert.Contains("1 marks to add, 1 to change, 0 unchanged, for 1 applications. Nothing is saved yet.", good, StringComparison.Ordinal);
        Assert.Matches("^mark-imports/[0-9a-f]{32}$", key);
        Assert.Equal(new Dictionary<string, decimal> { ["MATH"] = 10m }, unchanged);
        Assert.Contains("The previewed file is no longer available", await forged.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal(new Dictionary<string, decimal> { ["MATH"] = 12.5m, ["PHYS"] = 8m }, await app.MarksOfAsync(numbers[0]));
    }

    [Fact]
    public async Task A_previewed_file_is_deleted_once_imported_and_one_never_confirmed_by_the_next_preview_a_day_later()
    {
        var year = await app.NewCampaignAsync();
        var numbers = await app.SeedAsync(year, new Candidate(Marks: [("MATH", "10")]));
        var officer = await BrowserAsync(RecruitmentApp.OfficerEmail);
        var page = $"/Officer/Marks/Import?year={year}";
        var fields = new Dictionary<string, string> { ["Year"] = $"{year}" };
        var folder = Path.Combine(app.DataFolder, "documents", "mark-imports");
        Directory.CreateDirectory(folder);
        var abandoned = Path.Combine(folder, Guid.NewGuid().ToString("N"));
        var recent = Path.Combine(folder, Guid.NewGuid().ToString("N"));
        await File.WriteAllTextAsync(abandoned, "application;subject;mark\n", Ct);
        await File.WriteAllTextAsync(recent, "application;subject;mark\n", Ct);
        File.SetLastWriteTimeUtc(abandoned, DateTime.UtcNow.AddHours(-25));
        File.SetLastWriteTimeUtc(recent, DateTime.UtcNow.AddHours(-23));

        var preview = await (await UploadAsync(officer, $"{page}&handler=Preview", page, fields, Encoding.UTF8.GetBytes($"application;subject;mark\n{numbers[0]};PHYS;9\n"))).Content.ReadAsStringAsync(Ct);
        var key = Regex.Match(preview, "name=\"Key\" value=\"mark-imports/([0-9a-f]{32})\"").Groups[1].Value;
        var waiting = File.Exists(Path.Combine(folder, key));
        var digest = Regex.Match(preview, "name=\"Digest\" value=\"([^\"]+)\"").Groups[1].Value;
        var confirmed = await officer.PostFormAsync($"{page}&handler=Confirm", new() { ["Year"] = $"{year}", ["Key"] = $"mark-imports/{key}", ["FileName"] = "notes.csv", ["Digest"] = digest }, page);

        Assert.False(File.Exists(abandoned));
        Assert.True(File.Exists(recent));
        Assert.True(waiting);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.False(File.Exists(Path.Combine(folder, key)));
    }

    [Fact]
    public async Task A_mark_entered_on_the_page_is_saved_and_a_bad_one_is_shown_next_to_its_field()
    {
        var year = await app.NewCampaignAsync();
        var numbers = await app.SeedAsync(year, new Candidate());
        var officer = await BrowserAsync(RecruitmentApp.OfficerEmail);
        var url = $"/Officer/Marks/Edit?number={numbers[0]}";

        var bad = await officer.PostFormAsync(url, new() { ["Number"] = numbers[0], ["Subject"] = "MATH", ["Mark"] = "12,345" }, url);
        var good = await officer.PostFormAsync(url, new() { ["Number"] = numbers[0], ["Subject"] = "MATH", ["Mark"] = "12,25" }, url);

        Assert.Contains("<span class=\"field-error\" id=\"mark-MATH-error\" role=\"alert\">Enter a mark from 0 to 20", await bad.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        Assert.Equal(12.25m, (await app.MarksOfAsync(numbers[0]))["MATH"]);

        var corrected = await officer.PostFormAsync(url, new() { ["Number"] = numbers[0], ["Subject"] = "MATH", ["Mark"] = "13" }, url);
        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);
        using var scope = app.Services.CreateScope();
        var audit = await scope.ServiceProvider.GetRequiredService<AppDbContext>().AuditEntries
            .Where(e => e.Subject == "Marks" && e.SubjectKey == numbers[0])
            .OrderBy(e => e.Id)
            .Select(e => new { e.Action, e.Details, e.ActorName })
            .ToListAsync(Ct);
        Assert.Equal(
            [("MarkEntered", "MATH: (none) → 12.25", "Olivier Gestionnaire"), ("MarkCorrected", "MATH: 12.25 → 13.00", "Olivier Gestionnaire")],
            audit.Select(e => (e.Action, e.Details, e.ActorName)));
    }

    [Fact]
    public async Task The_applicant_dashboard_shows_nothing_before_publication_then_their_rank_score_and_marks()
    {
        var year = await app.NewCampaignAsync();
        var email = $"dashboard-{Guid.NewGuid():N}@example.org";
        await app.SeedAsync(year, new Candidate(Email: email, Marks: [("MATH", "15"), ("PHYS", "12"), ("INFO", "9")]), new Candidate(Marks: [("MATH", "16"), ("PHYS", "16"), ("INFO", "16")]));
        await app.CloseRegistrationAsync(year);
        var api = await app.ApiAsync(RecruitmentApp.OfficerEmail);
        await api.ConfigureMpAsync(year);
        var computed = await api.ComputeAsync(year, "MP", "Concours MP").ReadAsync<RankingVersionDto>();
        var applicant = await BrowserAsync(email);

        var before = await applicant.GetStringAsync("/Apply", Ct);
        await (await app.ApiAsync(RankingApp.SecondOfficerEmail)).PublishAsync(year, "MP", 1, computed.Sha256).ReadAsync<RankingVersionDto>();
        var after = await applicant.GetStringAsync("/Apply", Ct);
        var french = app.CreateBrowserLikeClient(language: null);
        await french.SignInAsync(email);
        var afterInFrench = await french.GetStringAsync("/Apply", Ct);

        Assert.DoesNotContain("my-ranking", before, StringComparison.Ordinal);
        Assert.Contains("<strong id=\"my-rank\">Rank 2 of 2</strong>", after, StringComparison.Ordinal);
        Assert.Contains("12.6667", after, StringComparison.Ordinal);
        Assert.Contains("Mathématiques", after, StringComparison.Ordinal);
        Assert.DoesNotContain("16.00", after, StringComparison.Ordinal);
        Assert.Contains("Rang 2 sur 2", afterInFrench, StringComparison.Ordinal);
        Assert.Contains("12,6667", afterInFrench, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Directors_and_applicants_are_kept_out_of_the_officers_pages()
    {
        var director = await BrowserAsync(RecruitmentApp.DirectorEmail);

        var rankings = await director.GetAsync("/Officer/Rankings", Ct);
        var import = await director.GetAsync("/Officer/Marks/Import?year=2027", Ct);

        Assert.Equal(HttpStatusCode.Redirect, rankings.StatusCode);
        Assert.Contains("/Account/AccessDenied", rankings.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Contains("/Account/AccessDenied", import.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
