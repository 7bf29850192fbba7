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
    public async Task A_negative_seat_count_is_announced_next_to_the_pool()
    {
        var page = await chromium.NewPageAsync(app.BaseAddress);
        await page.GotoAsync("/Account/Login?ReturnUrl=%2FAdmin%2FCampaigns");
        await page.GetByLabel("E-mail").FillAsync(RecruitmentApp.OfficerEmail);
        await page.GetByLabel("Password").FillAsync(RecruitmentApp.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.Locator("table a").First.ClickAsync();

        await page.GetByLabel("Seats of TPS-PHY/S/MP").FillAsync("-1");
        await page.Locator("tr[data-pool='TPS-PHY/S/MP']").GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Assertions.Expect(page.Locator("tr[data-pool='TPS-PHY/S/MP']").GetByRole(AriaRole.Alert))
            .ToHaveTextAsync("The number of seats must be 0 or more.");
        await page.GotoAsync(page.Url.Split('?')[0]);
        await Assertions.Expect(page.GetByLabel("Seats of TPS-PHY/S/MP")).ToHaveValueAsync("25");
    }
}
