using Mediator;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Recruitment.Application.Common.Interfaces;
using Recruitment.Application.Common.Security;
using Recruitment.Infrastructure.Configuration;
using Recruitment.Infrastructure.Persistence;
using Recruitment.Web;

namespace Recruitment.Cli.Database;

/// <summary>
/// The services of the web application, for the commands that work on its database: the same configuration (the web
/// project's appsettings.json, then environment variables such as <c>Database__Provider</c>,
/// <c>ConnectionStrings__Recruitment</c> and <c>Storage__DataFolder</c>), the same use cases, without the web server
/// and without the background job server.
/// </summary>
/// <remarks>
/// Run from the repository root, the tool reads src/Web/appsettings.json and so, by default, uses the web
/// application's own SQLite file, src/Web/App_Data/recruitment.db. The database is brought up to date as the web
/// application does at start-up.
/// </remarks>
internal sealed class CliHost : IAsyncDisposable
{
    private readonly IHost _host;

    private CliHost(IHost host) => _host = host;

    /// <param name="services">Replaces services after the application's own, for measurements.</param>
    public static async Task<CliHost> StartAsync(
        IReadOnlyDictionary<string, string?>? overrides,
        CancellationToken cancellationToken,
        Action<IServiceCollection>? services = null)
    {
        var web = Path.Combine(Environment.CurrentDirectory, "src", "Web");
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [],
            ContentRootPath = File.Exists(Path.Combine(web, "appsettings.json")) ? web : AppContext.BaseDirectory,
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Jobs:RunServer"] = "false" });
        if (overrides is not null)
        {
            builder.Configuration.AddInMemoryCollection(overrides);
        }

        builder.Logging.ClearProviders();

        // The page and MVC services registered with the use cases need a web host; the tool never resolves them.
        builder.ConfigureContainer(new Microsoft.Extensions.DependencyInjection.DefaultServiceProviderFactory(new ServiceProviderOptions { ValidateOnBuild = false, ValidateScopes = true }));
        builder.Services.AddRecruitment(builder.Configuration);
        builder.Services.AddScoped<ICurrentUser, CommandLineUser>();
        services?.Invoke(builder.Services);
        var host = builder.Build();
        try
        {
            await using var scope = host.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(cancellationToken);
        }
        catch
        {
            host.Dispose();
            throw;
        }

        return new CliHost(host);
    }

    public RecruitmentSettings Settings => _host.Services.GetRequiredService<RecruitmentSettings>();

    /// <summary>Sends one use case in a scope of its own, as one web request would.</summary>
    public async Task<TResponse> SendAsync<TResponse>(ICommand<TResponse> command, CancellationToken cancellationToken)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(command, cancellationToken);
    }

    public async Task<TResponse> SendAsync<TResponse>(IQuery<TResponse> query, CancellationToken cancellationToken)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(query, cancellationToken);
    }

    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = _host.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public ValueTask DisposeAsync()
    {
        _host.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>Whoever runs the tool on the server acts as an admissions officer; the audit log names the account and machine.</summary>
    private sealed class CommandLineUser : ICurrentUser
    {
        public string? UserId => null;

        public string? Email => null;

        public string DisplayName { get; } = $"Command line ({Environment.UserName}@{Environment.MachineName})";

        public int? SchoolId => null;

        public bool IsInRole(string role) => role == Roles.AdmissionsOfficer;
    }
}
