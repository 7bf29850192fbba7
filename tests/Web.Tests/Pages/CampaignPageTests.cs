using System.Net;
using System.Text.RegularExpressions;
using Recruitment.Web.Tests.Support;

namespace Recruitment.Web.Tests.Pages;

public sealed partial class CampaignPageTests(RecruitmentApp app) : IClassFixture<RecruitmentApp>
{
    private async Task<(HttpClient Client, string Year)> OfficerOnDemoCampaignAsync()
    {
        var client = app.CreateBrowserLikeClient();
        await client.SignInAsync(RecruitmentApp.OfficerEmail);
        var campaigns = await client.GetStringAsync("/Admin/Campaigns", TestContext.Current.CancellationToken);
        return (client, CampaignLink().Match(campaigns).Groups[1].Value);
    }

    [Fact]
    public async Task A_negative_seat_count_is_shown_next_to_its_pool_and_nothing_is_saved()
    {
        var (client, year) = await OfficerOnDemoCampaignAsync();

        var response = await client.PostFormAsync(
            $"/Admin/Campaigns/{year}?handler=Seats",
            new() { ["Pool.ProgramCode"] = "ENSG-GEO", ["Pool.Status"] = "Student", ["Pool.TrackCode"] = "BCPST", ["Pool.Seats"] = "-2" });

        var page = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("id=\"seats-ENSG-GEO-S-BCPST-error\" role=\"alert\">The number of seats must be 0 or more.", page, StringComparison.Ordinal);
        var reloaded = await client.GetStringAsync($"/Admin/Campaigns/{year}", TestContext.Current.CancellationToken);
        Assert.Matches("id=\"seats-ENSG-GEO-S-BCPST\" class=\"seats\" name=\"Pool.Seats\" type=\"number\"\\s+value=\"45\"", reloaded);
    }

    [Fact]
    public async Task A_pool_for_a_status_the_program_does_not_offer_is_explained_on_the_page()
    {
        var (client, year) = await OfficerOnDemoCampaignAsync();

        var response = await client.PostFormAsync(
            $"/Admin/Campaigns/{year}?handler=AddPool",
            new() { ["Pool.ProgramCode"] = "EOST-GEO", ["Pool.Status"] = "Apprentice", ["Pool.TrackCode"] = "MP", ["Pool.Seats"] = "4" });

        var page = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("Program EOST-GEO is not offered under apprentice status.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-pool=\"EOST-GEO/A/MP\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dates_out_of_order_are_shown_at_their_fields_and_nothing_is_saved()
    {
        var (client, year) = await OfficerOnDemoCampaignAsync();

        var response = await client.PostFormAsync(
            $"/Admin/Campaigns/{year}?handler=Settings",
            new()
            {
                ["Input.Name"] = "Renamed",
                ["Input.MaxWishes"] = "10",
                ["Input.RegistrationOpensAt"] = "2030-02-01T10:00",
                ["Input.RegistrationClosesAt"] = "2030-01-01T10:00",
                ["Input.ResultsPublishedAt"] = "2030-06-01T10:00",
            });

        var page = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("<span class=\"field-error\" id=\"Input_RegistrationClosesAt-error\">Registration must close after it opens.</span>", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#Input_RegistrationClosesAt\">Registration must close after it opens.</a>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<h1>Renamed</h1>", await client.GetStringAsync($"/Admin/Campaigns/{year}", TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_s_errors_are_in_French_by_default()
    {
        var client = app.CreateBrowserLikeClient(language: null);
        await client.SignInAsync(RecruitmentApp.OfficerEmail);
        var year = CampaignLink().Match(await client.GetStringAsync("/Admin/Campaigns", TestContext.Current.CancellationToken)).Groups[1].Value;

        var fields = new Dictionary<string, string>
        {
            ["Input.Name"] = "Renommée",
            ["Input.MaxWishes"] = "10",
            ["Input.RegistrationOpensAt"] = "2030-02-01T10:00",
            ["Input.RegistrationClosesAt"] = "2030-01-01T10:00",
            ["Input.ResultsPublishedAt"] = "2030-06-01T10:00",
        };

        var calendar = await (await client.PostFormAsync($"/Admin/Campaigns/{year}?handler=Settings", new(fields)))
            .Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        fields["Input.Rounds[0].OffersAt"] = "2030-06-10T10:00";
        var halfRound = await (await client.PostFormAsync($"/Admin/Campaigns/{year}?handler=Settings", new(fields)))
            .Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Contains("<h2>Il y a un problème</h2>", calendar, StringComparison.Ordinal);
        Assert.Contains("<span class=\"field-error\" id=\"Input_RegistrationClosesAt-error\">Les inscriptions doivent fermer après leur ouverture.</span>", calendar, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#Input_Rounds_0__AnswersDueAt\">Saisissez les deux dates du tour 1, ou laissez-les toutes deux vides.</a>", halfRound, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_campaign_page_is_404()
    {
        var (client, _) = await OfficerOnDemoCampaignAsync();

        var response = await client.GetAsync("/Admin/Campaigns/2098", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [GeneratedRegex("/Admin/Campaigns/(\\d{4})")]
    private static partial Regex CampaignLink();
}
