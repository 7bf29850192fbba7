using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Recruitment.Application.Common.Security;
using Recruitment.Infrastructure.Identity;
using Recruitment.Web.Tests.Support;

namespace Recruitment.Web.Tests.Browser;

/// <summary>
/// The applicant's pages on a phone-sized screen and with a keyboard alone: nothing wider than the screen, every field
/// with its label, and signing in, starting an application and a refused save done without a pointer.
/// </summary>
public sealed class PhoneAndKeyboardBrowserTests(KestrelApp app, Chromium chromium) : IClassFixture<KestrelApp>, IClassFixture<Chromium>
{
    private static readonly string[] ApplicantPages = ["/Apply", "/Apply/Identity", "/Apply/Contact", "/Apply/Studies", "/Apply/Wishes", "/Apply/Documents", "/Apply/Submit"];

    [Fact]
    public async Task On_a_phone_an_applicant_uses_every_page_with_the_keyboard_alone()
    {
        var email = $"phone.{Guid.NewGuid():N}@example.org";
        using (var scope = app.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Phone Tester" };
            Assert.True((await users.CreateAsync(user, RecruitmentApp.Password)).Succeeded);
            await users.AddToRoleAsync(user, Roles.Applicant);
        }

        var page = await chromium.NewPageAsync(app.BaseAddress, viewport: new ViewportSize { Width = 375, Height = 667 });

        // Sign in and start the application without a pointer.
        await page.GotoAsync("/Account/Login");
        await TabToAsync(page, "document.activeElement.id === 'Input_Email'");
        await page.Keyboard.TypeAsync(email);
        await TabToAsync(page, "document.activeElement.id === 'Input_Password'");
        await page.Keyboard.TypeAsync(RecruitmentApp.Password);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.Ordinal));
        await page.GotoAsync("/Apply");
        await TabToAsync(page, "document.activeElement.textContent.trim() === 'Start my application'");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => url.EndsWith("/Apply/Identity", StringComparison.Ordinal));

        // An empty identity sent with Enter: the reasons are listed and each field says it is invalid.
        await TabToAsync(page, "document.activeElement.name === 'Input.FirstName'");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#errors")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("First name(s)")).ToHaveAttributeAsync("aria-invalid", "true");

        foreach (var path in ApplicantPages)
        {
            await page.GotoAsync(path);
            var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");
            var unlabelled = await page.EvaluateAsync<string[]>(
                "[...document.querySelectorAll('input:not([type=hidden]), select, textarea')]" +
                ".filter(e => e.labels.length === 0 && !e.getAttribute('aria-label') && !e.getAttribute('aria-labelledby'))" +
                ".map(e => e.name || e.id)");

            Assert.True(overflow <= 0, $"{path} is {overflow} px wider than a 375 px screen.");
            Assert.True(unlabelled.Length == 0, $"{path} has fields without a label: {string.Join(", ", unlabelled)}");
        }
    }

    /// <summary>Presses Tab until <paramref name="focused"/> (a script) is true of the focused element.</summary>
    private static async Task TabToAsync(IPage page, string focused)
    {
        for (var i = 0; i < 60; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>($"() => !!document.activeElement && ({focused})"))
            {
                return;
            }
        }

        Assert.Fail($"Tab never reached the element where {focused}.");
    }
}
