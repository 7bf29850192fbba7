using Microsoft.EntityFrameworkCore;
using Recruitment.Infrastructure.Persistence;

namespace Recruitment.Infrastructure.Tests.Persistence;

/// <summary>Each provider has its own migrations; a model change without a migration for both fails here.</summary>
public sealed class MigrationTests
{
    [Fact]
    public void Sqlite_migrations_cover_the_whole_model()
    {
        using var db = new SqliteAppDbContextFactory().CreateDbContext([]);

        Assert.False(db.Database.HasPendingModelChanges(), "The model changed: add a migration for SQLite (see docs/operations.md).");
    }

    [Fact]
    public void SqlServer_migrations_cover_the_whole_model()
    {
        using var db = new SqlServerAppDbContextFactory().CreateDbContext([]);

        Assert.False(db.Database.HasPendingModelChanges(), "The model changed: add a migration for SQL Server (see docs/operations.md).");
    }

    [Fact]
    public void Each_provider_has_its_own_migrations()
    {
        using var sqlite = new SqliteAppDbContextFactory().CreateDbContext([]);
        using var sqlServer = new SqlServerAppDbContextFactory().CreateDbContext([]);

        var sqliteMigrations = sqlite.Database.GetMigrations().ToList();
        var sqlServerMigrations = sqlServer.Database.GetMigrations().ToList();

        Assert.NotEmpty(sqliteMigrations);
        Assert.NotEmpty(sqlServerMigrations);
        Assert.Equal(sqliteMigrations.Count, sqlServerMigrations.Count);
    }
}
