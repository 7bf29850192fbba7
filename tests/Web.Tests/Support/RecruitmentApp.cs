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

    public CapturedErrors Logs { get; } = new();

    public string DataFolder { get; } = Path.Combine(Path.GetTempPath(), "recruitment-tests", Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Testing");
        builder.UseSetting("Storage:DataFolder", DataFolder);
        builder.UseSetting("Demo:Seed", "true");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
    }

    public HttpClient CreateBrowserLikeClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

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
