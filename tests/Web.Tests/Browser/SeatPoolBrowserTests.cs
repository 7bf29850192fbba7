using Microsoft.Playwright;
using Recruitment.Web.Tests.Support;

namespace Recruitment.Web.Tests.Browser;

public sealed class SeatPoolBrowserTests(KestrelApp app, Chromium chromium) : IClassFixture<KestrelApp>, IClassFixture<Chromium>
{
    [Fact]
    public async Task The_administrator_signs_in_and_changes_a_seat_pool()
    {
        var page = await chromium.NewPageAsync(app.BaseAddress);

        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Sign in" }).First.ClickAsync();
        await page.GetByLabel("E-mail").FillAsync(RecruitmentApp.AdminEmail);
        await page.GetByLabel("Password").FillAsync(RecruitmentApp.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Campaigns" }).ClickAsync();
        await page.Locator("table a").First.ClickAsync();

        var seats = page.GetByLabel("Seats of TN-ING/S/MP");
        await seats.FillAsync("61");
        await page.Locator("tr[data-pool='TN-ING/S/MP']").GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Pool TN-ING/S/MP now has 61 seat(s).");
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByLabel("Seats of TN-ING/S/MP")).ToHaveValueAsync("61");
        Assert.Empty(app.Logs.Errors);
    }

    [Fact]
    public async Task A_negative_seat_count_is_announced_next_to_the_pool_in_French_by_default()
    {
        var page = await chromium.NewPageAsync(app.BaseAddress, locale: "fr-FR");
        await page.GotoAsync("/Account/Login?ReturnUrl=%2FAdmin%2FCampaigns");
        await page.GetByLabel("Adresse e-mail").FillAsync(RecruitmentApp.OfficerEmail);
        await page.GetByLabel("Mot de passe").FillAsync(RecruitmentApp.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        await page.Locator("table a").First.ClickAsync();

        await page.GetByLabel("Places de TPS-PHY/S/MP").FillAsync("-1");
        await page.Locator("tr[data-pool='TPS-PHY/S/MP']").GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();

        await Assertions.Expect(page.Locator("tr[data-pool='TPS-PHY/S/MP']").GetByRole(AriaRole.Alert))
            .ToHaveTextAsync("Le nombre de places doit être positif ou nul.");
        await page.GotoAsync(page.Url.Split('?')[0]);
        await Assertions.Expect(page.GetByLabel("Places de TPS-PHY/S/MP")).ToHaveValueAsync("25");
    }

    [Fact]
    public async Task The_language_switch_turns_the_page_into_English_and_stays_on_it()
    {
        var page = await chromium.NewPageAsync(app.BaseAddress, locale: "fr-FR");
        await page.GotoAsync("/Schools");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "fr");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Langue" }).GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();

        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Schools and tracks");
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Language" }).GetByRole(AriaRole.Link, new() { Name = "English" }))
            .ToHaveAttributeAsync("aria-current", "true");
    }
}
