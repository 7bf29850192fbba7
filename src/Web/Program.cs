using Recruitment.Infrastructure.Configuration;
using Recruitment.Infrastructure.Demo;
using Recruitment.Web;

try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.Services.AddRecruitment(builder.Configuration);

    var app = builder.Build();
    await app.InitializeDatabaseAsync();
    app.UseRecruitment();
    app.Lifetime.ApplicationStarted.Register(() => PrintWelcome(app, app.Services.GetRequiredService<RecruitmentSettings>()));
    await app.RunAsync();
    return 0;
}
catch (StartupException ex)
{
    await Console.Error.WriteLineAsync($"Recruitment cannot start: {ex.Message}");
    return 1;
}

static void PrintWelcome(WebApplication app, RecruitmentSettings settings)
{
    Console.WriteLine();
    Console.WriteLine($"Recruitment is running on {string.Join(", ", app.Urls)} ({settings.Provider}, data in {settings.DataFolder}).");
    Console.WriteLine("  Health: /health   API reference: /api/docs   Jobs dashboard (administrators): /jobs");
    if (settings.SeedDemoData)
    {
        Console.WriteLine($"  Demo sign-ins, all with the password {DemoDataSeeder.Password}:");
        foreach (var account in DemoDataSeeder.Accounts)
        {
            Console.WriteLine($"    {account.Email,-32} {account.Role}{(account.SchoolCode is null ? string.Empty : $" ({account.SchoolCode})")}");
        }
    }

    Console.WriteLine();
}

/// <summary>The entry point, visible to the HTTP tests' host.</summary>
public partial class Program;
