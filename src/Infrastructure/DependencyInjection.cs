using Hangfire;
using Hangfire.SqlServer;
using Hangfire.Storage.SQLite;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Recruitment.Application.Common.Interfaces;
using Recruitment.Infrastructure.Configuration;
using Recruitment.Infrastructure.Demo;
using Recruitment.Infrastructure.Email;
using Recruitment.Infrastructure.Identity;
using Recruitment.Infrastructure.Jobs;
using Recruitment.Infrastructure.Persistence;

namespace Recruitment.Infrastructure;

public static class DependencyInjection
{
    public const int MinPasswordLength = 12;
    public const int MaxFailedSignIns = 5;

    /// <summary>
    /// Registers the database (SQLite or SQL Server, as configured), identity, data protection, health checks and
    /// background jobs. The settings are read when first needed, from the final configuration; a configuration that
    /// cannot work throws <see cref="StartupException"/> then.
    /// </summary>
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(sp => RecruitmentSettings.From(
            sp.GetRequiredService<IConfiguration>(),
            sp.GetRequiredService<IHostEnvironment>()));
        services.TryAddSingleton(TimeProvider.System);

        AddDatabase(services);
        AddIdentity(services);
        services.AddDataProtection()
            .SetApplicationName("Recruitment")
            .PersistKeysToDbContext<AppDbContext>();
        services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database");
        AddJobs(services, configuration);
        services.AddEmail();

        services.AddSingleton<IDocumentStore, Documents.FileDocumentStore>();
        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<DemoDataSeeder>();
        services.AddScoped<DemoApplicants>();
        return services;
    }

    private static void AddDatabase(IServiceCollection services)
    {
        // Both contexts are registered; the configured provider decides which one serves the application.
        services.AddDbContext<SqliteAppDbContext>((sp, o) => o.UseSqlite(sp.GetRequiredService<RecruitmentSettings>().ConnectionString));
        services.AddDbContext<SqlServerAppDbContext>((sp, o) => o.UseSqlServer(sp.GetRequiredService<RecruitmentSettings>().ConnectionString));
        services.AddScoped<AppDbContext>(sp => sp.GetRequiredService<RecruitmentSettings>().Provider switch
        {
            DatabaseProvider.SqlServer => sp.GetRequiredService<SqlServerAppDbContext>(),
            _ => sp.GetRequiredService<SqliteAppDbContext>(),
        });
        services.AddScoped<IApplicationDbContext>(sp => sp.GetRequiredService<AppDbContext>());
    }

    private static void AddIdentity(IServiceCollection services)
    {
        services.AddIdentity<AppUser, IdentityRole>(options =>
            {
                // Length is what makes a password strong; composition rules only make people write them down.
                options.Password.RequiredLength = MinPasswordLength;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 4;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = MaxFailedSignIns;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.User.RequireUniqueEmail = true;

                // Applicants prove their address before signing in; staff and demo accounts are created confirmed.
                options.SignIn.RequireConfirmedEmail = true;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<AppClaimsPrincipalFactory>();
        services.AddScoped<IIdentityService, IdentityService>();
    }

    private static void AddJobs(IServiceCollection services, IConfiguration configuration)
    {
        // The storage belongs to this container rather than to Hangfire's static JobStorage.Current, so that the
        // client, the server and the dashboard of one application always share one storage.
        services.AddSingleton<JobStorage>(sp =>
        {
            var settings = sp.GetRequiredService<RecruitmentSettings>();
            if (settings.Provider == DatabaseProvider.SqlServer)
            {
                // Shared by every node: jobs are taken by one node at a time.
                return new SqlServerStorage(settings.ConnectionString, new SqlServerStorageOptions
                {
                    PrepareSchemaIfNecessary = true,
                    QueuePollInterval = TimeSpan.FromSeconds(1),
                });
            }

            // One process only: two processes sharing this file may run a job twice.
            Directory.CreateDirectory(settings.DataFolder);
            return new SQLiteStorage(Path.Combine(settings.DataFolder, "jobs.db"), new SQLiteStorageOptions
            {
                QueuePollInterval = TimeSpan.FromSeconds(1),
            });
        });
        services.AddHangfire(config => config
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());

        if (configuration.GetValue("Jobs:RunServer", true))
        {
            services.AddHangfireServer(options =>
            {
                options.WorkerCount = Math.Clamp(Environment.ProcessorCount * 2, 2, 8);
                options.ServerName = $"{Environment.MachineName}:{Environment.ProcessId}";
            });
        }

        services.AddScoped<IBackgroundJobs, HangfireBackgroundJobs>();
    }
}
