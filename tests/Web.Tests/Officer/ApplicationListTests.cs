using System.Net;
using System.Net.Http.Json;
using System.Text;
using Recruitment.Application.Applications.ListApplications;
using Recruitment.Domain.Applications;
using Recruitment.Web.Tests.Support;
using static Recruitment.Web.Tests.Officer.OfficerSupport;

namespace Recruitment.Web.Tests.Officer;

/// <summary>The officers' list of applications through the API: filters, search, paging and the CSV export.</summary>
public sealed class ApplicationListTests(RecruitmentApp app) : IClassFixture<RecruitmentApp>
{
    private async Task<ApplicationPage> ListAsync(string query)
    {
        var officer = await app.ApiAsync(RecruitmentApp.OfficerEmail);
        return await (await officer.GetAsync($"/api/applications?{query}", Ct)).ReadAsync<ApplicationPage>();
    }

    private static IEnumerable<string> Numbers(ApplicationPage page) => page.Items.Select(i => i.Number).Order();

    [Fact]
    public async Task Each_filter_narrows_the_list_to_the_applications_it_describes()
    {
        var year = await app.NewCampaignAsync();
        var mp = await app.SeedAsync(year, new("Jeanne", "Martin", Track: "MP", Wishes: ["TN-ING/S"]));
        var pc = await app.SeedAsync(year, new("Paul", "Bernard", Track: "PC", Wishes: ["ENSG-GEO/S"]));
        var draft = await app.SeedAsync(year, new("Lina", "Petit", Track: "MP", Wishes: ["MN-ICM/S"], Transcript: false, Submit: false));
        var eligible = await app.SeedAsync(year, new("Hugo", "Robert", Track: "PSI", Wishes: ["TPS-PHY/S", "TN-ING/S"]));
        var officer = await app.ApiAsync(RecruitmentApp.OfficerEmail);
        (await officer.PostJsonAsync($"/api/applications/{eligible.Number}/eligibility", new { eligible = true })).EnsureSuccessStatusCode();

        var all = await ListAsync($"year={year}");
        var submitted = await ListAsync($"year={year}&status=Submitted");
        var drafts = await ListAsync($"year={year}&status=Draft");
        var declaredEligible = await ListAsync($"year={year}&eligibility=Eligible");
        var pending = await ListAsync($"year={year}&eligibility=Pending");
        var trackMp = await ListAsync($"year={year}&track=MP");
        var wishingTelecomNancy = await ListAsync($"year={year}&school=TN");
        var missing = await ListAsync($"year={year}&missingDocuments=true");
        var combined = await ListAsync($"year={year}&status=Submitted&track=MP&school=TN");

        Assert.Equal(4, all.Total);
        Assert.Equal(new[] { mp.Number, pc.Number, eligible.Number }.Order(), Numbers(submitted));
        Assert.Equal([draft.Number], Numbers(drafts));
        Assert.Equal([eligible.Number], Numbers(declaredEligible));
        Assert.Equal(new[] { mp.Number, pc.Number, draft.Number }.Order(), Numbers(pending));
        Assert.Equal(new[] { mp.Number, draft.Number }.Order(), Numbers(trackMp));
        Assert.Equal(new[] { mp.Number, eligible.Number }.Order(), Numbers(wishingTelecomNancy));
        Assert.Equal([draft.Number], Numbers(missing));
        Assert.Equal([mp.Number], Numbers(combined));
        var row = Assert.Single(missing.Items);
        Assert.True(row.MissingDocuments);
        Assert.Equal(("Petit", "Lina", "MP", 1, ApplicationStatus.Draft), (row.LastName, row.FirstName, row.TrackCode, row.Wishes, row.Status));
    }

    [Fact]
    public async Task A_rejected_document_counts_as_missing()
    {
        var year = await app.NewCampaignAsync();
        var file = await app.SeedAsync(year, new("Chloé", "Lefèvre"));
        var officer = await app.ApiAsync(RecruitmentApp.OfficerEmail);

        var before = await ListAsync($"year={year}&missingDocuments=true");
        (await officer.PostJsonAsync($"/api/applications/{file.Number}/documents/{file.Documents[1]}/review", new { accept = false, reason = "Illegible scan" }))
            .EnsureSuccessStatusCode();
        var after = await ListAsync($"year={year}&missingDocuments=true");

        Assert.Empty(before.Items);
        Assert.Equal([file.Number], Numbers(after));
    }

    [Theory]
    [InlineData("eloise muller")]
    [InlineData("MÜLLER Éloïse")]
    [InlineData("muller")]
    [InlineData("elo")]
    public async Task Search_by_name_ignores_accents_case_and_word_order(string search)
    {
        var year = await app.NewCampaignAsync();
        var eloise = await app.SeedAsync(year, new("Éloïse", "Müller"));
        await app.SeedAsync(year, new("Louise", "Mercier"));

        var found = await ListAsync($"year={year}&search={Uri.EscapeDataString(search)}");

        Assert.Equal([eloise.Number], Numbers(found));
    }

    [Fact]
    public async Task Search_finds_an_application_by_e_mail_or_by_number()
    {
        var year = await app.NewCampaignAsync();
        var wanted = await app.SeedAsync(year, new("Jean-Pierre", "N'Diaye", Email: $"jp.ndiaye.{year}@example.org"));
        var other = await app.SeedAsync(year, new("Marc", "Durand"));

        var byEmail = await ListAsync($"year={year}&search={Uri.EscapeDataString($"JP.NDiaye.{year}@example.org")}");
        var byNumber = await ListAsync($"year={year}&search={Uri.EscapeDataString(other.Number.ToLowerInvariant())}");
        var byHyphenatedName = await ListAsync($"year={year}&search={Uri.EscapeDataString("jean-pierre n'diaye")}");

        Assert.Equal([wanted.Number], Numbers(byEmail));
        Assert.Equal([other.Number], Numbers(byNumber));
        Assert.Equal([wanted.Number], Numbers(byHyphenatedName));
    }

    [Fact]
    public async Task Pages_share_the_total_and_together_hold_every_application_once_sorted_by_name()
    {
        var year = await app.NewCampaignAsync();
        var numbers = new List<string>();
        for (var i = 0; i < 23; i++)
        {
            numbers.Add((await app.SeedAsync(year, new($"Prénom{i:D2}", $"Nom{i:D2}", Submit: false))).Number);
        }

        var first = await ListAsync($"year={year}&pageSize=10");
        var second = await ListAsync($"year={year}&pageSize=10&page=2");
        var third = await ListAsync($"year={year}&pageSize=10&page=3");
        var beyond = await ListAsync($"year={year}&pageSize=10&page=4");

        Assert.All(new[] { first, second, third, beyond }, p => Assert.Equal((23, 3), (p.Total, p.Pages)));
        Assert.Equal((10, 10, 3, 0), (first.Items.Count, second.Items.Count, third.Items.Count, beyond.Items.Count));
        var listed = first.Items.Concat(second.Items).Concat(third.Items).ToList();
        Assert.Equal(numbers, listed.Select(i => i.Number));
        Assert.Equal(listed.Select(i => i.LastName).Order(StringComparer.Ordinal), listed.Select(i => i.LastName));
    }

    [Fact]
    public async Task Invalid_paging_is_refused_with_the_field_named()
    {
        var officer = await app.ApiAsync(RecruitmentApp.OfficerEmail);

        var problem = await Problem.ReadAsync(await officer.GetAsync("/api/applications?page=0&pageSize=501", Ct));

        Assert.Equal(400, problem.Status);
        Assert.Contains("Page", problem.Errors.Keys);
        Assert.Contains("PageSize", problem.Errors.Keys);
    }

    [Fact]
    public async Task An_unknown_campaign_year_is_not_found()
    {
        var officer = await app.ApiAsync(RecruitmentApp.OfficerEmail);

        var response = await officer.GetAsync("/api/applications?year=2001", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Applications_with_the_same_normalised_name_and_birth_date_are_flagged_as_possible_duplicates()
    {
        var year = await app.NewCampaignAsync();
        var birth = new DateOnly(2005, 2, 3);
        var first = await app.SeedAsync(year, new("Zoé", "Lefèvre-Dubois", BirthDate: birth));
        var second = await app.SeedAsync(year, new("ZOE", "lefevre dubois", BirthDate: birth, Submit: false));
        var sameNameOtherBirth = await app.SeedAsync(year, new("Zoé", "Lefèvre-Dubois", BirthDate: birth.AddDays(1)));
        var officer = await app.ApiAsync(RecruitmentApp.OfficerEmail);

        var all = await ListAsync($"year={year}");
        var duplicates = await ListAsync($"year={year}&possibleDuplicates=true");
        var view = await (await officer.GetAsync($"/api/applications/{first.Number}", Ct)).ReadAsync<Recruitment.Application.Applications.ApplicationView>();

        Assert.Equal(new[] { first.Number, second.Number }.Order(), Numbers(duplicates));
        Assert.False(all.Items.Single(i => i.Number == sameNameOtherBirth.Number).PossibleDuplicate);
        Assert.True(all.Items.Single(i => i.Number == second.Number).PossibleDuplicate);
        Assert.True(view.PossibleDuplicate);
    }

    [Fact]
    public async Task The_csv_export_holds_the_filtered_list_and_defuses_formulas()
    {
        var year = await app.NewCampaignAsync();
        var formula = await app.SeedAsync(year, new("Alice", "=HYPERLINK(\"http://evil.example\")", Track: "PC"));
        var plain = await app.SeedAsync(year, new("Émile", "Zola; fils", Track: "PC"));
        await app.SeedAsync(year, new("Other", "Track", Track: "MP"));
        var officer = await app.ApiAsync(RecruitmentApp.OfficerEmail);

        var response = await officer.GetAsync($"/api/applications/export.csv?year={year}&track=PC", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal($"applications-{year}.csv", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("number;last_name;first_name;email;status;eligibility;track;wishes;missing_documents;possible_duplicate;submitted_at", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith($"{formula.Number};\"'=HYPERLINK(\"\"http://evil.example\"\")\";Alice;{formula.Email};Submitted;Pending;PC;2;no;no;", lines[1], StringComparison.Ordinal);
        Assert.StartsWith($"{plain.Number};\"Zola; fils\";Émile;", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_year_the_latest_campaign_is_listed_and_named()
    {
        var year = await app.NewCampaignAsync();
        var file = await app.SeedAsync(year, new("Dernière", "Session"));

        var page = await ListAsync("search=derniere");

        Assert.Equal(year, page.Year);
        Assert.Equal([file.Number], Numbers(page));
    }

    [Fact]
    public async Task The_list_is_in_the_openapi_document_for_officers()
    {
        var response = await app.CreateClient().GetAsync("/openapi/v1.json", Ct);
        Assert.True(response.IsSuccessStatusCode, app.Logs.ToString());
        var document = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(Ct);
        var paths = document.GetProperty("paths");

        Assert.True(paths.TryGetProperty("/api/applications", out var list));
        Assert.Contains(list.GetProperty("get").GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "search");
        Assert.True(paths.TryGetProperty("/api/applications/export.csv", out _));
        Assert.True(paths.TryGetProperty("/api/applications/{number}/documents/{documentId}/review", out _));
        Assert.True(paths.TryGetProperty("/api/applications/{number}/eligibility", out _));
        Assert.True(paths.TryGetProperty("/api/applications/{number}/extension", out _));
    }
}
