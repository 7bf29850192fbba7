using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MimeKit;
using Recruitment.Web.Tests.Support;

namespace Recruitment.Web.Tests.Browser;

/// <summary>
/// The whole journey in a real browser: sign up, confirm the e-mail, fill the form, upload documents, rank three
/// wishes, submit; an officer accepts the documents and declares the file eligible; the applicant sees it.
/// </summary>
public sealed partial class ApplicantJourneyBrowserTests(KestrelApp app, Chromium chromium) : IClassFixture<KestrelApp>, IClassFixture<Chromium>
{
    private const string Password = "my long passphrase 2027";

    [Fact]
    public async Task An_applicant_applies_and_sees_the_officers_decisions()
    {
        var email = $"eloise.muller.{Guid.NewGuid():N}@example.org";
        var page = await chromium.NewPageAsync(app.BaseAddress);

        // Sign up and confirm the e-mail with the link that was mailed.
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Create an account" }).First.ClickAsync();
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("First name").FillAsync("Éloïse");
        await page.GetByLabel("Last name").FillAsync("Müller");
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(Password);
        await page.GetByLabel("Password again").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create the account" }).ClickAsync();
        await page.GotoAsync(ConfirmationLink(email));

        await SignInAsync(page, email, Password);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "My application" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Start my application" }).ClickAsync();

        // Identity, contact, studies, scholarship.
        await page.GetByLabel("First name(s)").FillAsync("Éloïse");
        await page.GetByLabel("Last name").FillAsync("Müller");
        await page.GetByLabel("Birth date").FillAsync("2006-03-14");
        await page.GetByLabel("Nationality").SelectOptionAsync("FR");
        await page.GetByLabel("Sex").SelectOptionAsync("Female");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();
        await page.GetByLabel("Phone").FillAsync("+33 6 12 34 56 78");
        await page.GetByLabel("Address").FillAsync("12 rue Stanislas");
        await page.GetByLabel("Postal code").FillAsync("54000");
        await page.GetByLabel("City").FillAsync("Nancy");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();
        await page.GetByLabel("Track").SelectOptionAsync("MP");
        await page.GetByLabel("Institution").FillAsync("Lycée Henri-Poincaré");
        await page.GetByLabel("Diploma", new() { Exact = true }).FillAsync("Classe préparatoire MP");
        await page.GetByLabel("Year of the diploma").FillAsync(DateTime.UtcNow.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Save my studies" }).ClickAsync();
        await page.GetByLabel("Yes").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();

        // Three wishes, then the first one moved down.
        foreach (var wish in new[] { "TN-ING/S", "MN-ICM/S", "TPS-PHY/S" })
        {
            await page.GetByLabel("Add a wish").SelectOptionAsync(wish);
            await page.GetByRole(AriaRole.Button, new() { Name = "Add to my wishes" }).ClickAsync();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Move down: Ingénieur en informatique et sciences du numérique, Télécom Nancy" }).ClickAsync();
        await Assertions.Expect(page.Locator("#wishes li")).ToHaveCountAsync(3);
        await Assertions.Expect(page.Locator("#wishes li").First).ToHaveAttributeAsync("data-wish", "MN-ICM/S");

        // Documents.
        await page.GetByRole(AriaRole.Link, new() { Name = "Continue to documents" }).ClickAsync();
        await UploadAsync(page, "IdentityDocument", "passeport.pdf");
        await UploadAsync(page, "Transcript", "bulletins.pdf");
        await Assertions.Expect(page.Locator("#documents tbody tr")).ToHaveCountAsync(2);

        // Submit.
        await page.GetByRole(AriaRole.Link, new() { Name = "Continue to check and submit" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit my application" }).ClickAsync();
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("Submitted on");
        var number = (await page.Locator("#application-number").TextContentAsync())!.Trim();

        // An officer reviews the file.
        var officer = await chromium.NewPageAsync(app.BaseAddress);
        await officer.GotoAsync("/Account/Login");
        await SignInAsync(officer, RecruitmentApp.OfficerEmail, RecruitmentApp.Password);
        await officer.GotoAsync($"/Officer/Applications/{number}");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Accept passeport.pdf" }).ClickAsync();
        await officer.GetByRole(AriaRole.Button, new() { Name = "Accept bulletins.pdf" }).ClickAsync();
        await officer.GetByLabel("Eligible", new() { Exact = true }).CheckAsync();
        await officer.GetByRole(AriaRole.Button, new() { Name = "Record the decision" }).ClickAsync();

        // The applicant sees it.
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#eligibility")).ToHaveTextAsync("Eligible");
        await Assertions.Expect(page.Locator("#documents .review-accepted")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("#timeline")).ToContainTextAsync("accepted");
        Assert.Empty(app.Logs.Errors);
    }

    private static async Task SignInAsync(IPage page, string email, string password)
    {
        if (!page.Url.Contains("/Account/Login", StringComparison.Ordinal))
        {
            await page.GotoAsync("/Account/Login");
        }

        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.Ordinal));
    }

    private static async Task UploadAsync(IPage page, string kind, string fileName)
    {
        await page.GetByLabel("Kind of document").SelectOptionAsync(kind);
        await page.Locator("#file").SetInputFilesAsync(new FilePayload
        {
            Name = fileName,
            MimeType = "application/pdf",
            Buffer = System.Text.Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\n%%EOF\n"),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync($"{fileName} is uploaded.");
    }

    private string ConfirmationLink(string email)
    {
        var mail = Directory.GetFiles(Path.Combine(app.DataFolder, "mail"), "*.eml")
            .Select(path => MimeMessage.Load(path))
            .Single(m => m.To.Mailboxes.Any(b => b.Address == email));
        var link = ConfirmLink().Match(mail.TextBody ?? string.Empty);
        Assert.True(link.Success, $"No confirmation link in: {mail.TextBody}");
        return link.Value;
    }

    [GeneratedRegex(@"https?://\S+/Account/ConfirmEmail\S+")]
    private static partial Regex ConfirmLink();
}
