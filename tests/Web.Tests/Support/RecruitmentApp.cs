using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Recruitment.Web.Tests.Support;

/// <summary>
/// The whole application on its own SQLite database in a temporary folder, with the demo accounts and campaign
/// (password <see cref="global::Recruitment.Infrastructure.Demo.DemoDataSeeder.Password"/>).
/// </summary>
public class RecruitmentApp : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@recruitment.test";
    public const string OfficerEmail = "officer@recruitment.test";
    public const string DirectorEmail = "director.tn@recruitment.test";
    public const string ApplicantEmail = "applicant@recruitment.test";
    public const string Password = global::Recruitment.Infrastructure.Demo.DemoDataSeeder.Password;
    public const string English = "en";

    public CapturedErrors Logs { get; } = new();

    /// <summary>How many demo applicants to create; none unless a test needs a populated list.</summary>
    protected virtual int DemoApplicants => 0;

    public string DataFolder { get; } = Path.Combine(Path.GetTempPath(), "recruitment-tests", Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Testing");
        builder.UseSetting("Storage:DataFolder", DataFolder);
        builder.UseSetting("Demo:Seed", "true");
        builder.UseSetting("Demo:Applicants", DemoApplicants.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
    }

    /// <summary>
    /// A client that keeps cookies and shows redirects. It asks for English, as every client of these tests does
    /// unless it says otherwise; <paramref name="language"/> null sends no preference, so the site's default
    /// (French) applies.
    /// </summary>
    public HttpClient CreateBrowserLikeClient(string? language = English)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        client.DefaultRequestHeaders.AcceptLanguage.Clear();
        if (language is not null)
        {
            client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));
        }

        return client;
    }

    /// <summary>Test clients ask for English: the assertions quote the English texts, which are the resource keys.</summary>
    protected override void ConfigureClient(HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        base.ConfigureClient(client);
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue(English));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            try
            {
                Directory.Delete(DataFolder, recursive: true);
            }
            catch (IOException)
            {
                // Left to the system's temp cleaning.
            }
        }
    }
}
