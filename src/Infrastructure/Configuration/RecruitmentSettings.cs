using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Recruitment.Infrastructure.Configuration;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}

/// <summary>
/// The settings the infrastructure reads at start-up, resolved once and checked, so that a wrong setting stops the
/// application with one clear message. See docs/configuration in the README.
/// </summary>
public sealed record RecruitmentSettings(
    DatabaseProvider Provider,
    string ConnectionString,
    bool MigrateOnStartup,
    string DataFolder,
    bool SeedDemoData)
{
    public const string ConnectionStringName = "Recruitment";

    public static RecruitmentSettings From(IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);

        var dataFolder = configuration["Storage:DataFolder"];
        dataFolder = Path.GetFullPath(string.IsNullOrWhiteSpace(dataFolder) ? "App_Data" : dataFolder, environment.ContentRootPath);

        var providerName = configuration["Database:Provider"];
        var provider = string.IsNullOrWhiteSpace(providerName)
            ? DatabaseProvider.Sqlite
            : providerName.Trim().ToUpperInvariant() switch
            {
                "SQLITE" => DatabaseProvider.Sqlite,
                "SQLSERVER" => DatabaseProvider.SqlServer,
                _ => throw new StartupException(
                    $"Unknown database provider '{providerName}' in Database:Provider. Use Sqlite (the default) or SqlServer."),
            };

        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            connectionString = provider == DatabaseProvider.Sqlite
                ? $"Data Source={Path.Combine(dataFolder, "recruitment.db")}"
                : throw new StartupException(
                    $"Database:Provider is SqlServer but ConnectionStrings:{ConnectionStringName} is empty. " +
                    $"Set it, for example with the environment variable ConnectionStrings__{ConnectionStringName}.");
        }

        // The demo accounts share a password printed in the README: never on a production server.
        var seedDemoData = configuration.GetValue("Demo:Seed", environment.IsDevelopment());
        if (seedDemoData && environment.IsProduction())
        {
            throw new StartupException(
                "Demo:Seed is true in the Production environment: the demo accounts' password is public, so they are never " +
                "created in production. Remove Demo:Seed, or run in Development.");
        }

        return new RecruitmentSettings(
            provider,
            connectionString,
            configuration.GetValue("Database:MigrateOnStartup", true),
            dataFolder,
            seedDemoData);
    }
}
