using System.Data.Common;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Recruitment.Application.Common.Security;
using Recruitment.Infrastructure.Configuration;
using Recruitment.Infrastructure.Demo;
using Recruitment.Infrastructure.Identity;
using Recruitment.Infrastructure.ReferenceData;

namespace Recruitment.Infrastructure.Persistence;

/// <summary>
/// Prepares the database at start-up: applies migrations (unless switched off), brings the reference data in line
/// with its file, makes sure the roles and the first administrator exist and, where configured, adds demo data.
/// Every step can run again without changing anything.
/// </summary>
public sealed class DatabaseInitializer(
    AppDbContext db,
    RecruitmentSettings settings,
    UserManager<AppUser> users,
    RoleManager<IdentityRole> roles,
    IConfiguration configuration,
    DemoDataSeeder demo,
    ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        await PrepareSchemaAsync(cancellationToken);
        await ReferenceDataSeeder.ApplyAsync(db, ConsortiumFile.Load(ReferenceDataPath()), cancellationToken);
        await EnsureRolesAsync();
        await EnsureFirstAdministratorAsync();
        if (settings.SeedDemoData)
        {
            await demo.SeedAsync(cancellationToken);
        }

        if ((await users.GetUsersInRoleAsync(Roles.Administrator)).Count == 0)
        {
            logger.LogWarning(
                "There is no administrator account. Set Admin:Email and Admin:Password to create the first one at start-up.");
        }
    }

    private string ReferenceDataPath()
    {
        var configured = configuration["ReferenceData:Path"];
        return string.IsNullOrWhiteSpace(configured) ? ConsortiumFile.DefaultPath : configured;
    }

    private async Task PrepareSchemaAsync(CancellationToken cancellationToken)
    {
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            Directory.CreateDirectory(settings.DataFolder);
        }

        try
        {
            if (settings.MigrateOnStartup)
            {
                await db.Database.MigrateAsync(cancellationToken);
            }
            else
            {
                if (!await db.Database.CanConnectAsync(cancellationToken))
                {
                    throw new StartupException(settings.Provider == DatabaseProvider.Sqlite
                        ? $"Cannot reach the database {Describe()}: the file does not exist. Start once with Database:MigrateOnStartup=true to create it."
                        : $"Cannot reach the database {Describe()}.");
                }

                var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
                if (pending.Count > 0)
                {
                    throw new StartupException(
                        $"The database {Describe()} lacks {pending.Count} migration(s) ({string.Join(", ", pending)}). " +
                        "Apply them (see docs/operations.md) or set Database:MigrateOnStartup=true.");
                }
            }

            if (settings.Provider == DatabaseProvider.Sqlite)
            {
                // Readers no longer wait for writers; the setting stays with the file.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            }
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException or TimeoutException)
        {
            throw new StartupException($"Cannot reach or prepare the database {Describe()}: {ex.Message}", ex);
        }
    }

    /// <summary>Where the database is, without secrets.</summary>
    private string Describe()
    {
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(settings.ConnectionString);
            return $"(SQLite, file {builder.DataSource})";
        }

        try
        {
            var builder = new SqlConnectionStringBuilder(settings.ConnectionString);
            return $"(SQL Server, server {builder.DataSource}, database {builder.InitialCatalog})";
        }
        catch (ArgumentException)
        {
            return "(SQL Server; the connection string could not be read)";
        }
    }

    private async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }

    private async Task EnsureFirstAdministratorAsync()
    {
        var email = configuration["Admin:Email"];
        var password = configuration["Admin:Password"];
        if (string.IsNullOrWhiteSpace(email))
        {
            return;
        }

        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            if (string.IsNullOrWhiteSpace(password))
            {
                throw new StartupException($"Admin:Email is {email} but Admin:Password is empty: set both to create the first administrator.");
            }

            user = new AppUser
            {
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                DisplayName = configuration["Admin:DisplayName"] ?? "Administrator",
            };
            var created = await users.CreateAsync(user, password);
            if (!created.Succeeded)
            {
                throw new StartupException(
                    $"The first administrator ({email}) cannot be created: {string.Join(" ", created.Errors.Select(e => e.Description))}");
            }

            logger.LogInformation("Created the first administrator {Email}.", email);
        }

        if (!await users.IsInRoleAsync(user, Roles.Administrator))
        {
            await users.AddToRoleAsync(user, Roles.Administrator);
        }
    }
}
