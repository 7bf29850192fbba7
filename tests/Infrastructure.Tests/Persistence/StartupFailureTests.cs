using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Recruitment.Infrastructure.Configuration;
using Recruitment.Infrastructure.Persistence;
using Recruitment.Infrastructure.Tests.Support;

namespace Recruitment.Infrastructure.Tests.Persistence;

public sealed class StartupFailureTests
{
    [Fact]
    public void An_unknown_provider_stops_start_up_with_one_clear_message()
    {
        using var folder = new TempFolder();
        using var services = TestServices.Build(new Dictionary<string, string?> { ["Database:Provider"] = "Oracle" }, folder.Path);

        var error = Assert.Throws<StartupException>(() => services.GetRequiredService<RecruitmentSettings>());

        Assert.Equal("Unknown database provider 'Oracle' in Database:Provider. Use Sqlite (the default) or SqlServer.", error.Message);
    }

    [Fact]
    public void SqlServer_without_a_connection_string_says_which_setting_is_missing()
    {
        using var folder = new TempFolder();
        using var services = TestServices.Build(new Dictionary<string, string?> { ["Database:Provider"] = "SqlServer" }, folder.Path);

        var error = Assert.Throws<StartupException>(() => services.GetRequiredService<RecruitmentSettings>());

        Assert.Contains("ConnectionStrings:Recruitment", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Production", "true", null)]
    [InlineData("Production", null, false)]
    [InlineData("Development", null, true)]
    [InlineData("Testing", "true", true)]
    public void Demo_data_is_seeded_by_default_in_Development_only_and_refused_in_Production(string environment, string? setting, bool? seeded)
    {
        using var folder = new TempFolder();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Demo:Seed"] = setting })
            .Build();
        var host = new Microsoft.Extensions.Hosting.Internal.HostingEnvironment { EnvironmentName = environment, ContentRootPath = folder.Path };

        if (seeded is { } expected)
        {
            Assert.Equal(expected, RecruitmentSettings.From(configuration, host).SeedDemoData);
        }
        else
        {
            var error = Assert.Throws<StartupException>(() => { _ = RecruitmentSettings.From(configuration, host); });
            Assert.StartsWith("Demo:Seed is true in the Production environment", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void By_default_the_database_is_a_SQLite_file_in_the_data_folder()
    {
        using var folder = new TempFolder();
        using var services = TestServices.Build(new Dictionary<string, string?> { ["Storage:DataFolder"] = "data" }, folder.Path);

        var settings = services.GetRequiredService<RecruitmentSettings>();

        Assert.Equal(DatabaseProvider.Sqlite, settings.Provider);
        Assert.Equal(Path.Combine(folder.Path, "data"), settings.DataFolder);
        Assert.Equal($"Data Source={Path.Combine(folder.Path, "data", "recruitment.db")}", settings.ConnectionString);
    }

    [Fact]
    public async Task With_migrations_switched_off_a_database_that_lacks_them_stops_start_up_and_is_left_alone()
    {
        using var folder = new TempFolder();
        using var services = TestServices.Build(new Dictionary<string, string?> { ["Database:MigrateOnStartup"] = "false" }, folder.Path);
        await using var scope = services.CreateAsyncScope();
        // An empty database file: reachable, without any migration.
        var file = Path.Combine(services.GetRequiredService<RecruitmentSettings>().DataFolder, "recruitment.db");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={file};Pooling=false"))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
        }

        var error = await Assert.ThrowsAsync<StartupException>(() =>
            scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(TestContext.Current.CancellationToken));

        Assert.Matches(@"^The database .* lacks [0-9]+ migration\(s\) \(.*Initial.*\)\. Apply them \(see docs/operations\.md\) or set Database:MigrateOnStartup=true\.$", error.Message);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.Empty(await db.Database.GetAppliedMigrationsAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task With_migrations_switched_off_a_missing_SQLite_file_is_said_to_be_missing_and_not_created()
    {
        using var folder = new TempFolder();
        using var services = TestServices.Build(new Dictionary<string, string?> { ["Database:MigrateOnStartup"] = "false" }, folder.Path);
        await using var scope = services.CreateAsyncScope();
        var file = Path.Combine(services.GetRequiredService<RecruitmentSettings>().DataFolder, "recruitment.db");

        var error = await Assert.ThrowsAsync<StartupException>(() =>
            scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(TestContext.Current.CancellationToken));

        Assert.EndsWith("the file does not exist. Start once with Database:MigrateOnStartup=true to create it.", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(file));
    }

    [Fact]
    public async Task A_first_administrator_without_a_password_stops_start_up_naming_the_missing_setting()
    {
        using var folder = new TempFolder();
        using var services = TestServices.Build(new Dictionary<string, string?> { ["Admin:Email"] = "head@imt-grand-est.test" }, folder.Path);
        await using var scope = services.CreateAsyncScope();

        var error = await Assert.ThrowsAsync<StartupException>(() =>
            scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(TestContext.Current.CancellationToken));

        Assert.Equal("Admin:Email is head@imt-grand-est.test but Admin:Password is empty: set both to create the first administrator.", error.Message);
    }

    [Fact]
    public async Task An_unreachable_database_stops_start_up_with_one_clear_message()
    {
        using var folder = new TempFolder();
        using var services = TestServices.Build(
            new Dictionary<string, string?>
            {
                ["Database:Provider"] = "SqlServer",
                // Port 1 on the loopback refuses connections at once.
                ["ConnectionStrings:Recruitment"] = "Server=tcp:127.0.0.1,1;Database=Recruitment;User Id=sa;Password=unused-password;Connect Timeout=3;TrustServerCertificate=True",
            },
            folder.Path);
        await using var scope = services.CreateAsyncScope();

        var error = await Assert.ThrowsAsync<StartupException>(() =>
            scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(TestContext.Current.CancellationToken));

        Assert.StartsWith("Cannot reach or prepare the database (SQL Server, server tcp:127.0.0.1,1, database Recruitment)", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("unused-password", error.Message, StringComparison.Ordinal);
    }
}
