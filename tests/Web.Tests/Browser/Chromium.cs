using Microsoft.Playwright;

namespace Recruitment.Web.Tests.Browser;

/// <summary>
/// Debian's Chromium driven by Playwright (Playwright's own browser download is never used). Where Chromium is not
/// installed the browser tests are skipped with the reason; under CI (CI=true) a missing Chromium is a failure,
/// since .ci/run installs it.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser? Browser { get; private set; }

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            return;
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args =
            [
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        });
    }

    /// <summary>
    /// A new browser page; it prefers English unless <paramref name="locale"/> says otherwise, on a desktop-sized window
    /// unless a <paramref name="viewport"/> is given (a phone's, for instance).
    /// </summary>
    public async Task<IPage> NewPageAsync(Uri baseAddress, string locale = "en-GB", ViewportSize? viewport = null)
    {
        if (Browser is null)
        {
            Assert.False(
                string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase),
                $"Chromium is not installed at {ExecutablePath}; .ci/run installs it (apt-get install -y chromium).");
            Assert.Skip($"Chromium is not installed at {ExecutablePath}: install it with 'apt-get install -y chromium' to run the browser tests.");
        }

        var options = new BrowserNewContextOptions { BaseURL = baseAddress.ToString(), Locale = locale };
        if (viewport is not null)
        {
            options.ViewportSize = viewport;
            options.IsMobile = true;
            options.HasTouch = true;
        }

        var context = await Browser.NewContextAsync(options);
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
