using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Recruitment.Application.Applications;
using Recruitment.Domain.Applications;
using Recruitment.Web.Infrastructure;
using Recruitment.Web.Tests.Support;
using static Recruitment.Web.Tests.Officer.OfficerSupport;

namespace Recruitment.Web.Tests.Officer;

/// <summary>The officers' pages: the list with its filters and paging, and one application with its decisions.</summary>
public sealed partial class ApplicationPageTests(RecruitmentApp app) : IClassFixture<RecruitmentApp>
{
    private static string Detail(string number) => $"/Officer/Applications/{number}";

    private async Task<ApplicationView> ViewAsync(string number) =>
        await (await (await app.ApiAsync(RecruitmentApp.OfficerEmail)).GetAsync($"/api/applications/{number}", Ct)).ReadAsync<ApplicationView>();

    [Fact]
    public async Task The_list_shows_the_filtered_applications_with_their_total_and_keeps_the_filters_in_its_links()
    {
        var year = await app.NewCampaignAsync();
        for (var i = 0; i < 52; i++)
        {
            await app.SeedAsync(year, new($"Prénom{i:D2}", $"Brouillon{i:D2}", Submit: false));
        }

        var submitted = await app.SeedAsync(year, new("Sofia", "Déposée"));
        var client = await app.BrowserAsync(RecruitmentApp.OfficerEmail);

        var drafts = await client.GetStringAsync($"/Officer/Applications?Year={year}&Status=Draft", Ct);
        var second = await client.GetStringAsync($"/Officer/Applications?Year={year}&Status=Draft&page=2", Ct);
        var search = await client.GetStringAsync($"/Officer/Applications?Year={year}&Search=deposee", Ct);

        Assert.Contains("52 applications", drafts, StringComparison.Ordinal);
        Assert.Equal(50, Rows().Count(drafts));
        Assert.Equal(2, Rows().Count(second));
        Assert.DoesNotContain(submitted.Number, drafts, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Officer/Applications?Year={year}&amp;Status=Draft&amp;page=2\"", drafts, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Officer/Applications?Year={year}&amp;Status=Draft\" rel=\"prev\"", second, StringComparison.Ordinal);
        Assert.Contains($"href=\"/api/applications/export.csv?Year={year}&amp;Status=Draft\"", drafts, StringComparison.Ordinal);
        Assert.Contains("<strong aria-current=\"page\">2</strong>", second, StringComparison.Ordinal);
        Assert.Contains("1 application", search, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Officer/Applications/{submitted.Number}\"", search, StringComparison.Ordinal);
        Assert.Contains("<option value=\"Draft\" selected=\"selected\">", drafts, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_csv_link_of_the_list_downloads_with_the_signed_in_officers_cookie()
    {
        var year = await app.NewCampaignAsync();
        var file = await app.SeedAsync(year, new("Basile", "Cookie", Track: "PT"));
        var client = await app.BrowserAsync(RecruitmentApp.OfficerEmail);

        var csv = await client.GetAsync($"/api/applications/export.csv?Year={year}&Track=PT", Ct);

        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Contains(file.Number, await csv.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_value_typed_by_hand_in_the_address_is_left_out_with_a_message_next_to_its_filter()
    {
        var client = await app.BrowserAsync(RecruitmentApp.OfficerEmail);

        var page = await client.GetAsync("/Officer/Applications?Status=Archived", Ct);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains(
            "<span class=\"field-error\" id=\"Status-error\">This value is not one of the choices; the filter was left out.</span>",
            await page.Content.ReadAsStringAsync(Ct),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_list_is_in_French_by_default()
    {
        var client = app.CreateBrowserLikeClient();
        client.DefaultRequestHeaders.AcceptLanguage.Clear();
        await client.SignInAsync(RecruitmentApp.OfficerEmail);

        var page = await client.GetStringAsync("/Officer/Applications", Ct);

        Assert.Contains("<h1>Dossiers", page, StringComparison.Ordinal);
        Assert.Contains("Télécharger en CSV", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_detail_shows_every_section_the_wishes_in_rank_order_the_documents_and_the_history()
    {
        var year = await app.NewCampaignAsync();
        var file = await app.SeedAsync(year, new("Éloïse", "Müller", Track: "PSI", Wishes: ["TPS-PHY/S", "TN-ING/S", "EOST-GEO/S"]));
        var officer = await app.ApiAsync(RecruitmentApp.OfficerEmail);
        (await officer.PostJsonAsync($"/api/applications/{file.Number}/eligibility", new { eligible = true })).EnsureSuccessStatusCode();
        var client = await app.BrowserAsync(RecruitmentApp.OfficerEmail);

        var page = await client.GetStringAsync(Detail(file.Number), Ct);

        foreach (var section in new[] { "summary", "identity", "contact", "studies", "scholarship", "wishes", "documents", "eligibility", "extension", "history" })
        {
            Assert.Contains($"<h2 id=\"{section}\">", page, StringComparison.Ordinal);
        }

        Assert.Contains("Müller", page, StringComparison.Ordinal);
        Assert.Contains("PSI — ", page, StringComparison.Ordinal);
        var wishes = page.IndexOf("TPS-PHY/S", StringComparison.Ordinal);
        Assert.True(wishes > 0 && wishes < page.IndexOf("TN-ING/S", StringComparison.Ordinal) && page.IndexOf("TN-ING/S", StringComparison.Ordinal) < page.IndexOf("EOST-GEO/S", StringComparison.Ordinal));
        Assert.Contains($"{Detail(file.Number)}?handler=Document&amp;documentId={file.Documents[0]}\"", page, StringComparison.Ordinal);
        Assert.Contains($"{Detail(file.Number)}?handler=Document&amp;documentId={file.Documents[0]}&amp;download=true\"", page, StringComparison.Ordinal);
        Assert.Contains("<strong>Eligibility decided</strong>", page, StringComparison.Ordinal);
        Assert.Contains("Olivier Gestionnaire", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_application_is_not_found()
    {
        var client = await app.BrowserAsync(RecruitmentApp.OfficerEmail);

        var response = await client.GetAsync(Detail("2099-NOPE"), Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_document_opens_in_the_browser_or_downloads_under_its_name_with_its_stored_type()
    {
        var year = await app.NewCampaignAsync();
        var file = await app.SeedAsync(year, new("Nina", "Fichier"));
        var client = await app.BrowserAsync(RecruitmentApp.OfficerEmail);

        var inline = await client.GetAsync($"{Detail(file.Number)}?handler=Document&documentId={file.Documents[1]}", Ct);
        var download = await client.GetAsync($"{Detail(file.Number)}?handler=Document&documentId={file.Documents[1]}&download=true", Ct);
        var unknown = await client.GetAsync($"{Detail(file.Number)}?handler=Document&documentId={Guid.NewGuid()}", Ct);

        Assert.Equal(HttpStatusCode.OK, inline.StatusCode);
        Assert.Equal("application/pdf", inline.Content.Headers.ContentType?.MediaType);
        Assert.Equal("inline", inline.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("relevé de notes.pdf", inline.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal(["nosniff"], inline.Headers.GetValues("X-Content-Type-Options"));
        Assert.Equal(Pdf, await inline.Content.ReadAsStringAsync(Ct));
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("relevé de notes.pdf", download.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Accepting_a_document_on_the_page_redirects_back_with_a_message()
    {
        var year = await app.NewCampaignAsync();
        var file = await app.SeedAsync(year, new("Axel", "Accepté"));
        var client = await app.BrowserAsync(RecruitmentApp.OfficerEmail);

        var response = await client.PostFormAsync($"{Detail(file.Number)}?handler=Review", new()
        {
            ["Review.DocumentId"] = file.Documents[0].ToString(),
            ["Review.Accept"] = "true",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"{Detail(file.Number)}#documents", response.Headers.Location!.OriginalString);
        var page = await client.GetStringAsync(Detail(file.Number), Ct);
        Assert.Contains(">Document accepted.</p>", page, StringComparison.Ordinal);
        Assert.Equal(DocumentReview.Accepted, (await ViewAsync(file.Number)).Documents.Single(d => d.Id == file.Documents[0]).Review);
    }

    [Fact]
    public async Task Rejecting_a_document_on_the_page_without_a_reason_shows_the_error_beside_its_field_and_saves_nothing()
    {
        var year = await app.NewCampaignAsync();
        var file = await app.SeedAsync(year, new("Yanis", "Motif"));
        var client = await app.BrowserAsync(RecruitmentApp.OfficerEmail);

        var response = await client.PostFormAsync($"{Detail(file.Number)}?handler=Review", new()
        {
            ["Review.DocumentId"] = file.Documents[1].ToString(),
            ["Review.Accept"] = "false",
            ["Review.Reason"] = string.Empty,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("<span class=\"field-error\" id=\"Review_Reason-error\">Say why the document is rejected: the applicant will read it.</span>", page, StringComparison.Ordinal);
        Assert.Matches("<textarea id=\"Review_Reason\" name=\"Review.Reason\"[^>]*aria-invalid=\"true\"", page);
        Assert.Contains("<a href=\"#Review_Reason\">", page, StringComparison.Ordinal);
        Assert.All((await ViewAsync(file.Number)).Documents, d => Assert.Equal(DocumentReview.Pending, d.Review));
    }

    [Fact]
    public async Task Rejecting_with_a_reason_and_deciding_eligibility_on_the_page_are_saved()
    {
        var year = await app.NewCampaignAsync();
        var file = await app.SeedAsync(year, new("Maël", "Décision"));
        var client = await app.BrowserAsync(RecruitmentApp.OfficerEmail);

        var reject = await client.PostFormAsync($"{Detail(file.Number)}?handler=Review", new()
        {
            ["Review.DocumentId"] = file.Documents[1].ToString(),
            ["Review.Accept"] = "false",
            ["Review.Reason"] = "Unreadable",
        });
        var noChoice = await client.PostFormAsync($"{Detail(file.Number)}?handler=Eligibility", new() { ["Eligibility.Reason"] = string.Empty });
        var notEligibleWithoutReason = await client.PostFormAsync($"{Detail(file.Number)}?handler=Eligibility", new() { ["Eligibility.Eligible"] = "false" });
        var decided = await client.PostFormAsync($"{Detail(file.Number)}?handler=Eligibility", new()
        {
            ["Eligibility.Eligible"] = "false",
            ["Eligibility.Reason"] = "No diploma",
        });

        Assert.Equal(HttpStatusCode.Redirect, reject.StatusCode);
        Assert.Contains("id=\"Eligibility_Eligible-error\">Choose eligible or not eligible.</span>", await noChoice.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Contains(
            "id=\"Eligibility_Reason-error\">Say why the applicant is not eligible: the applicant will read it.</span>",
            await notEligibleWithoutReason.Content.ReadAsStringAsync(Ct),
            StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
        var view = await ViewAsync(file.Number);
        Assert.Equal("Unreadable", view.Documents.Single(d => d.Id == file.Documents[1]).ReviewReason);
        Assert.Equal((Eligibility.NotEligible, "No diploma"), (view.Eligibility, view.EligibilityReason));
    }

    [Fact]
    public async Task A_draft_offers_no_eligibility_form_and_a_decision_posted_anyway_is_refused_on_the_page()
    {
        var year = await app.NewCampaignAsync();
        var file = await app.SeedAsync(year, new("Iris", "Brouillon", Submit: false));
        var client = await app.BrowserAsync(RecruitmentApp.OfficerEmail);

        var page = await client.GetStringAsync(Detail(file.Number), Ct);
        var posted = await client.PostFormAsync($"{Detail(file.Number)}?handler=Eligibility", new() { ["Eligibility.Eligible"] = "true" });

        Assert.Contains("Eligibility is decided once the application is submitted.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("?handler=Eligibility", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Contains("Eligibility is decided on submitted applications only.", await posted.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_extension_is_entered_in_Paris_time_and_refused_in_the_past()
    {
        var year = await app.NewCampaignAsync();
        var file = await app.SeedAsync(year, new("Lou", "Prolongée"));
        var client = await app.BrowserAsync(RecruitmentApp.OfficerEmail);
        var time = app.Services.GetRequiredService<LocalTime>();
        var local = new DateTime(DateTime.UtcNow.Year + 1, 7, 1, 18, 30, 0, DateTimeKind.Unspecified);

        var past = await client.PostFormAsync($"{Detail(file.Number)}?handler=Extension", new()
        {
            ["Extension.Until"] = "2020-01-01T10:00",
            ["Extension.Reason"] = "Late",
        });
        var garbled = await client.PostFormAsync($"{Detail(file.Number)}?handler=Extension", new()
        {
            ["Extension.Until"] = "tomorrow",
            ["Extension.Reason"] = "Late",
        });
        var granted = await client.PostFormAsync($"{Detail(file.Number)}?handler=Extension", new()
        {
            ["Extension.Until"] = local.ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture),
            ["Extension.Reason"] = "Strike at the exam centre",
        });

        Assert.Contains("id=\"Extension_Until-error\">An extension must end in the future.</span>", await past.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Contains(
            "id=\"Extension_Until-error\">Enter the end of the extension as a date and a time.</span>",
            await garbled.Content.ReadAsStringAsync(Ct),
            StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, granted.StatusCode);
        var view = await ViewAsync(file.Number);
        Assert.Equal(time.FromLocal(local), view.ExtensionUntil);
        Assert.Equal(new DateTimeOffset(local, TimeSpan.FromHours(2)), view.ExtensionUntil);
        var page = await client.GetStringAsync(Detail(file.Number), Ct);
        Assert.Contains($"value=\"{local.ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture)}\"", page, StringComparison.Ordinal);
        Assert.Contains("Extension granted until", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_possible_duplicate_is_flagged_with_a_link_to_the_applications_of_the_same_name()
    {
        var year = await app.NewCampaignAsync();
        var birth = new DateOnly(2006, 1, 1);
        var first = await app.SeedAsync(year, new("Noé", "Double", BirthDate: birth));
        var second = await app.SeedAsync(year, new("Noe", "DOUBLE", BirthDate: birth, Submit: false));
        var client = await app.BrowserAsync(RecruitmentApp.OfficerEmail);

        var page = await client.GetStringAsync(Detail(first.Number), Ct);
        var link = DuplicatesLink().Match(page);
        var list = await client.GetStringAsync(System.Net.WebUtility.HtmlDecode(link.Groups[1].Value), Ct);

        Assert.Contains("Possible duplicate.", page, StringComparison.Ordinal);
        Assert.True(link.Success);
        Assert.Contains($"data-number=\"{first.Number}\"", list, StringComparison.Ordinal);
        Assert.Contains($"data-number=\"{second.Number}\"", list, StringComparison.Ordinal);
        Assert.Contains("2 applications", list, StringComparison.Ordinal);
    }

    [GeneratedRegex("<tr data-number=")]
    private static partial Regex Rows();

    [GeneratedRegex("<a href=\"([^\"]+)\">See the applications with this name</a>")]
    private static partial Regex DuplicatesLink();
}
