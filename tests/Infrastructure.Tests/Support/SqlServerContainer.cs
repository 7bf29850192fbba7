using DotNet.Testcontainers.Builders;
using Testcontainers.MsSql;

namespace Recruitment.Infrastructure.Tests.Support;

/// <summary>
/// A real SQL Server 2022 in a container, shared by a test class. Where no Docker engine is reachable, the tests that
/// need it are skipped with the reason "no Docker engine", neither failed nor silently passed.
/// </summary>
public sealed class SqlServerContainer : IAsyncLifetime
{
    private MsSqlContainer? _container;

    public string? SkipReason { get; private set; }

    public async ValueTask InitializeAsync()
    {
        try
        {
            _container = new MsSqlBuilder("mcr.microsoft.com/mssql/server:2022-latest").Build();
            await _container.StartAsync();
        }
        catch (Exception ex) when (ex is DockerUnavailableException || ex.GetType().Name.Contains("Docker", StringComparison.Ordinal))
        {
            SkipReason = $"no Docker engine: {ex.Message}";
            _container = null;
        }
    }

    /// <summary>A connection string to a new, empty database on the shared server.</summary>
    public string NewDatabase()
    {
        Assert.SkipWhen(SkipReason is not null, SkipReason ?? string.Empty);
        var builder = new Microsoft.Data.SqlClient.SqlConnectionStringBuilder(_container!.GetConnectionString())
        {
            InitialCatalog = $"recruitment_{Guid.NewGuid():N}",
        };
        return builder.ConnectionString;
    }

    public async ValueTask DisposeAsync()
    {
        if (_container is not null)
        {
            await _container.DisposeAsync();
        }
    }
}
