using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Recruitment.Web.Tests.Support;

namespace Recruitment.Web.Tests.Localization;

public sealed partial class LanguageTests(RecruitmentApp app) : IClassFixture<RecruitmentApp>
{
    [Fact]
    public async Task A_page_is_French_by_default()
    {
        var page = await app.CreateBrowserLikeClient(language: null).GetStringAsync("/Account/Login", TestContext.Current.CancellationToken);

        Assert.Contains("<html lang=\"fr\">", page, StringComparison.Ordinal);
        Assert.Contains("<h1>Se connecter</h1>", page, StringComparison.Ordinal);
        Assert.Contains(">Adresse e-mail</label>", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/Schools\">Écoles et filières</a>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_language_switch_remembers_English_and_goes_back_to_the_page()
    {
        var client = app.CreateBrowserLikeClient(language: null);

        var switched = await client.GetAsync("/language/en?returnUrl=%2FSchools%3Fa%3D1", TestContext.Current.CancellationToken);
        var page = await client.GetStringAsync("/Schools", TestContext.Current.CancellationToken);
        var back = await client.GetAsync("/language/fr?returnUrl=%2FSchools", TestContext.Current.CancellationToken);
        var french = await client.GetStringAsync("/Schools", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/Schools?a=1", switched.Headers.Location?.OriginalString);
        Assert.Contains("<html lang=\"en\">", page, StringComparison.Ordinal);
        Assert.Contains("<h1>Schools and tracks</h1>", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        Assert.Contains("<h1>Écoles et filières</h1>", french, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_switch_never_sends_the_reader_to_another_site()
    {
        var response = await app.CreateBrowserLikeClient().GetAsync("/language/en?returnUrl=%2F%2Fevil.example%2F", TestContext.Current.CancellationToken);

        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/Schools?culture=en", "en")]
    [InlineData("/Schools?culture=en-US", "en")]
    [InlineData("/Schools?culture=fr", "fr")]
    [InlineData("/Schools?culture=de", "fr")]
    public async Task The_culture_in_the_address_chooses_the_language(string url, string language)
    {
        var page = await app.CreateBrowserLikeClient(language: null).GetStringAsync(url, TestContext.Current.CancellationToken);

        Assert.Contains($"<html lang=\"{language}\">", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Accept_Language_chooses_the_language_by_its_code()
    {
        var client = app.CreateBrowserLikeClient(language: null);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("de-DE, en-US;q=0.8, fr;q=0.5");

        var page = await client.GetStringAsync("/", TestContext.Current.CancellationToken);

        Assert.Contains("<html lang=\"en\">", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_page_offers_both_languages_and_marks_the_current_one()
    {
        var page = await app.CreateBrowserLikeClient(language: null).GetStringAsync("/Schools?x=1&culture=en", TestContext.Current.CancellationToken);

        var links = LanguageLink().Matches(page).ToDictionary(m => m.Groups["code"].Value, m => m.Value);
        Assert.Equal(["fr", "en"], links.Keys);
        Assert.Contains("href=\"/language/fr?returnUrl=%2FSchools%3Fx%3D1\"", links["fr"], StringComparison.Ordinal);
        Assert.Contains("hreflang=\"fr\"", links["fr"], StringComparison.Ordinal);
        Assert.Contains("lang=\"fr\"", links["fr"], StringComparison.Ordinal);
        Assert.DoesNotContain("aria-current", links["fr"], StringComparison.Ordinal);
        Assert.Contains("aria-current=\"true\"", links["en"], StringComparison.Ordinal);
        Assert.Contains(">Français<", page, StringComparison.Ordinal);
        Assert.Contains(">English<", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dates_are_written_in_the_reader_s_language()
    {
        var english = app.CreateBrowserLikeClient();
        await english.SignInAsync(RecruitmentApp.OfficerEmail);
        var french = app.CreateBrowserLikeClient(language: null);
        await french.SignInAsync(RecruitmentApp.OfficerEmail);

        var inEnglish = await english.GetStringAsync("/Admin/Campaigns", TestContext.Current.CancellationToken);
        var inFrench = await french.GetStringAsync("/Admin/Campaigns", TestContext.Current.CancellationToken);

        Assert.Matches(@"<td>\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4} \d{2}:\d{2} → ", inEnglish);
        Assert.Matches(@"<td>\d{1,2} (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \d{4} \d{2}:\d{2} → ", inFrench);
        Assert.Contains("<h1>Sessions</h1>", inFrench, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_s_own_messages_follow_the_language()
    {
        var client = app.CreateBrowserLikeClient(language: null);

        var refused = await client.PostFormAsync("/Account/Login", new() { ["Input.Email"] = "nobody@example.org", ["Input.Password"] = "not a password at all" });
        var empty = await client.PostFormAsync("/Account/Login", new() { ["Input.Email"] = string.Empty, ["Input.Password"] = string.Empty });
        var missing = await client.GetAsync("/no/such/page", TestContext.Current.CancellationToken);

        Assert.Contains("L'adresse e-mail ou le mot de passe est incorrect.", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)), StringComparison.Ordinal);
        var emptyPage = await empty.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("Saisissez votre adresse e-mail.", emptyPage, StringComparison.Ordinal);
        Assert.Contains("<h2>Il y a 2 problèmes</h2>", emptyPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("<h1>Page introuvable</h1>", await missing.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fr", "Le nombre de places doit être positif ou nul.", "La formation MN-ICM n'est pas proposée sous statut apprenti.")]
    [InlineData("en", "The number of seats must be 0 or more.", "Program MN-ICM is not offered under apprentice status.")]
    public async Task An_API_validation_error_is_in_the_language_asked_for(string language, string seats, string status)
    {
        var client = await app.CreateClient().WithTokenAsync(RecruitmentApp.OfficerEmail);
        client.DefaultRequestHeaders.AcceptLanguage.Clear();
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));
        var campaigns = await client.GetFromJsonAsync<JsonElement>("/api/campaigns", TestContext.Current.CancellationToken);
        var year = campaigns.EnumerateArray().First().GetProperty("year").GetInt32();

        var negative = await Problem.ReadAsync(await client.PutAsJsonAsync($"/api/campaigns/{year}/pools/EOST-GEO/S/PC", new { seats = -4 }, TestContext.Current.CancellationToken));
        var notOffered = await Problem.ReadAsync(await client.PutAsJsonAsync($"/api/campaigns/{year}/pools/MN-ICM/A/MP", new { seats = 3 }, TestContext.Current.CancellationToken));

        Assert.Equal([seats], negative.Errors["Seats"]);
        Assert.Equal([status], notOffered.Errors["Status"]);
    }

    [Fact]
    public async Task Calendar_problems_are_in_French_by_default()
    {
        var client = await app.CreateClient().WithTokenAsync(RecruitmentApp.OfficerEmail);
        client.DefaultRequestHeaders.AcceptLanguage.Clear();
        var opens = new DateTimeOffset(2040, 12, 1, 8, 0, 0, TimeSpan.Zero);

        var problem = await Problem.ReadAsync(await client.PostAsJsonAsync(
            "/api/campaigns",
            new
            {
                year = 2041,
                name = "Concours 2041",
                maxWishes = 10,
                registrationOpensAt = opens,
                registrationClosesAt = opens.AddDays(-1),
                resultsPublishedAt = opens.AddDays(10),
                rounds = new[]
                {
                    new { offersAt = opens.AddDays(20), answersDueAt = opens.AddDays(25) },
                    new { offersAt = opens.AddDays(24), answersDueAt = opens.AddDays(23) },
                },
            },
            TestContext.Current.CancellationToken));

        Assert.Equal(["Les inscriptions doivent fermer après leur ouverture."], problem.Errors["RegistrationClosesAt"]);
        Assert.Equal(["Le tour 2 ne peut pas commencer avant la date limite de réponse du tour 1."], problem.Errors["Rounds[1].OffersAt"]);
        Assert.Equal(["La date limite de réponse du tour 2 doit suivre ses propositions."], problem.Errors["Rounds[1].AnswersDueAt"]);
    }

    [GeneratedRegex("<a href=\"/language/(?<code>\\w+)[^>]*>")]
    private static partial Regex LanguageLink();
}
