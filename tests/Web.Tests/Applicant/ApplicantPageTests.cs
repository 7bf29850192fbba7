using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Recruitment.Application.Common.Security;
using Recruitment.Infrastructure.Identity;
using Recruitment.Web.Tests.Support;

namespace Recruitment.Web.Tests.Applicant;

public sealed class ApplicantPageTests(RecruitmentApp app) : IClassFixture<RecruitmentApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<HttpClient> SignedInApplicantAsync(string? language = RecruitmentApp.English)
    {
        var email = $"page-{Guid.NewGuid():N}@example.org";
        using (var scope = app.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Page Tester" };
            await users.CreateAsync(user, RecruitmentApp.Password);
            await users.AddToRoleAsync(user, Roles.Applicant);
        }

        var client = app.CreateBrowserLikeClient(language);
        await client.SignInAsync(email);
        return client;
    }

    [Fact]
    public async Task A_new_applicant_starts_an_application_from_the_dashboard()
    {
        var client = await SignedInApplicantAsync();

        var dashboard = await client.GetStringAsync("/Apply", Ct);
        var started = await client.PostFormAsync("/Apply?handler=Start", [], "/Apply");

        Assert.Contains("Start my application", dashboard, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        Assert.Equal("/Apply/Identity", started.Headers.Location?.OriginalString);
        Assert.Contains("id=\"application-number\"", await client.GetStringAsync("/Apply", Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_timeline_names_what_happened_in_the_readers_language()
    {
        var english = await SignedInApplicantAsync();
        var french = await SignedInApplicantAsync(language: null);
        await english.PostFormAsync("/Apply?handler=Start", [], "/Apply");
        await french.PostFormAsync("/Apply?handler=Start", [], "/Apply");

        Assert.Contains("<strong>Application started</strong>", await english.GetStringAsync("/Apply", Ct), StringComparison.Ordinal);
        Assert.Contains("<strong>Dossier créé</strong>", await french.GetStringAsync("/Apply", Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_field_is_explained_next_to_it_in_French_by_default()
    {
        var client = await SignedInApplicantAsync(language: null);
        await client.PostFormAsync("/Apply?handler=Start", [], "/Apply");

        var response = await client.PostFormAsync("/Apply/Identity", new()
        {
            ["Input.FirstName"] = "Éloïse",
            ["Input.LastName"] = "Müller",
            ["Input.BirthDate"] = "2099-01-01",
            ["Input.Nationality"] = "FR",
            ["Input.Sex"] = "Female",
            ["Input.Ine"] = "",
            ["Input.Version"] = "0",
        });

        var page = await response.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<span class=\"field-error\" id=\"Input_BirthDate-error\">La date de naissance ne peut pas être dans le futur.</span>", page, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_renamed_executable_is_refused_next_to_the_file_field_and_the_summary_links_to_it()
    {
        var client = await SignedInApplicantAsync();
        await client.PostFormAsync("/Apply?handler=Start", [], "/Apply");
        var form = await client.GetStringAsync("/Apply/Documents", Ct);
        var token = WebUtility.HtmlDecode(Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value);
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("IdentityDocument"), "kind" },
        };
        var executable = new ByteArrayContent([.. Encoding.ASCII.GetBytes("MZ"), .. new byte[510]]);
        executable.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        content.Add(executable, "file", "passeport.pdf");

        var response = await client.PostAsync("/Apply/Documents", content, Ct);

        var page = await response.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<span class=\"field-error\" id=\"File-error\" role=\"status\">The file is not a PDF, JPEG or PNG document (its content was checked, not only its name).</span>", page, StringComparison.Ordinal);
        // The summary's link leads to the file input (ids are case-sensitive: the form field is named "file").
        Assert.Contains("<a href=\"#file\">The file is not a PDF", page, StringComparison.Ordinal);
        Assert.Contains("<input id=\"file\" name=\"file\" type=\"file\"", page, StringComparison.Ordinal);
        Assert.Contains("No document uploaded yet.", await client.GetStringAsync("/Apply/Documents", Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_wish_is_explained_next_to_the_wish_picker_and_a_refused_submission_links_every_missing_section()
    {
        var client = await SignedInApplicantAsync();
        await client.PostFormAsync("/Apply?handler=Start", [], "/Apply");
        await client.PostFormAsync("/Apply/Studies?handler=Studies", new()
        {
            ["Input.TrackCode"] = "MP",
            ["Input.Institution"] = "Lycée Henri-Poincaré",
            ["Input.Diploma"] = "CPGE",
            ["Input.DiplomaYear"] = "2026",
            ["Input.Version"] = "0",
        }, "/Apply/Studies");
        await client.PostFormAsync("/Apply/Wishes", new() { ["op"] = "add", ["Add"] = "TN-ING/S", ["Version"] = "0" }, "/Apply/Wishes");

        // The same wish again (as a second tab would send it), and a program the MP track cannot apply to.
        var twice = await (await client.PostFormAsync("/Apply/Wishes", new() { ["op"] = "add", ["Add"] = "TN-ING/S", ["Wishes[0]"] = "TN-ING/S", ["Version"] = "1" }, "/Apply/Wishes")).Content.ReadAsStringAsync(Ct);
        var closed = await (await client.PostFormAsync("/Apply/Wishes", new() { ["op"] = "add", ["Add"] = "MN-GIA/A", ["Wishes[0]"] = "TN-ING/S", ["Version"] = "1" }, "/Apply/Wishes")).Content.ReadAsStringAsync(Ct);
        var submit = await (await client.PostFormAsync("/Apply/Submit", [], "/Apply/Submit")).Content.ReadAsStringAsync(Ct);

        Assert.Contains("<span class=\"field-error\" id=\"Add-error\" role=\"alert\">Wish 2 (TN-ING/S) is already ranked above.</span>", twice, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#Add\">Wish 2 (TN-ING/S) is already ranked above.</a>", twice, StringComparison.Ordinal);
        Assert.Contains("<span class=\"field-error\" id=\"Add-error\" role=\"alert\">Wish 2 (MN-GIA/A) is not open to your track.</span>", closed, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(await client.GetStringAsync("/Apply/Wishes", Ct), "<li data-wish="));
        Assert.Contains("The application cannot be submitted yet", submit, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/Apply/Identity\">", submit, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/Apply/Contact\">", submit, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/Apply/Documents\">", submit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_upload_API_takes_a_bearer_token_and_not_the_pages_sign_in_cookie_which_carries_no_antiforgery_token()
    {
        var client = await SignedInApplicantAsync();
        await client.PostFormAsync("/Apply?handler=Start", [], "/Apply");
        var number = Regex.Match(await client.GetStringAsync("/Apply", Ct), "id=\"application-number\"[^>]*>([^<]+)<").Groups[1].Value.Trim();
        using var form = new MultipartFormDataContent
        {
            { new StringContent("IdentityDocument"), "kind" },
            { new ByteArrayContent(Encoding.ASCII.GetBytes("%PDF-1.4\n%%EOF\n")), "file", "passeport.pdf" },
        };

        var response = await client.PostAsync($"/api/applications/{number}/documents", form, Ct);

        Assert.Matches("^[0-9]{4}-", number);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("No document uploaded yet.", await client.GetStringAsync("/Apply/Documents", Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_name_with_a_script_tag_is_shown_escaped()
    {
        var client = await SignedInApplicantAsync();
        await client.PostFormAsync("/Apply?handler=Start", [], "/Apply");
        await client.PostFormAsync("/Apply/Identity", new()
        {
            ["Input.FirstName"] = "<script>alert(1)</script>",
            ["Input.LastName"] = "Müller",
            ["Input.BirthDate"] = "2006-03-14",
            ["Input.Nationality"] = "FR",
            ["Input.Sex"] = "Female",
            ["Input.Version"] = "0",
        });

        var page = await client.GetStringAsync("/Apply/Submit", Ct);

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; Müller", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)</script>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_tabs_saving_the_same_section_get_a_clear_conflict_and_nothing_is_overwritten()
    {
        var client = await SignedInApplicantAsync();
        await client.PostFormAsync("/Apply?handler=Start", [], "/Apply");
        Dictionary<string, string> Identity(string lastName) => new()
        {
            ["Input.FirstName"] = "Éloïse",
            ["Input.LastName"] = lastName,
            ["Input.BirthDate"] = "2006-03-14",
            ["Input.Nationality"] = "FR",
            ["Input.Sex"] = "Female",
            ["Input.Version"] = "0",
        };

        var first = await client.PostFormAsync("/Apply/Identity", Identity("Dupont"));
        var second = await client.PostFormAsync("/Apply/Identity", Identity("Durand"));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Contains("This section was changed in another tab or on another device", await second.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Contains("value=\"Dupont\"", await client.GetStringAsync("/Apply/Identity", Ct), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(RecruitmentApp.DirectorEmail)]
    [InlineData(RecruitmentApp.OfficerEmail)]
    public async Task The_applicant_pages_are_for_applicants_only(string email)
    {
        var client = app.CreateBrowserLikeClient();
        await client.SignInAsync(email);

        var response = await client.GetAsync("/Apply", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}
