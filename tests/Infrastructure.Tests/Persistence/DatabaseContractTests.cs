using System.Data.Common;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Recruitment.Application.Common.Security;
using Recruitment.Domain.Campaigns;
using Recruitment.Domain.Consortium;
using Recruitment.Infrastructure.Identity;
using Recruitment.Infrastructure.Persistence;
using Recruitment.Infrastructure.Tests.Support;

namespace Recruitment.Infrastructure.Tests.Persistence;

/// <summary>What every supported database must do; run once per provider by the classes below.</summary>
public abstract class DatabaseContractTests : IDisposable
{
    private const string AdminEmail = "first.admin@example.org";
    private readonly TempFolder _folder = new();
    private ServiceProvider? _services;

    protected abstract Dictionary<string, string?> DatabaseSettings();

    private ServiceProvider Services => _services ??= TestServices.Build(
        new Dictionary<string, string?>(DatabaseSettings())
        {
            ["Storage:DataFolder"] = _folder.Path,
            ["Admin:Email"] = AdminEmail,
            ["Admin:Password"] = "a long enough password",
        },
        _folder.Path);

    private async Task InitializeAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(TestContext.Current.CancellationToken);
    }

    private async Task<T> WithContextAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    [Fact]
    public async Task Start_up_migrates_an_empty_database_and_a_second_start_changes_nothing()
    {
        await InitializeAsync();
        var first = await CountsAsync();

        await InitializeAsync();

        Assert.Equal(first, await CountsAsync());
        Assert.Empty(await WithContextAsync(async db => (await db.Database.GetPendingMigrationsAsync()).ToList()));
    }

    [Fact]
    public async Task The_consortium_reference_data_is_seeded()
    {
        await InitializeAsync();

        Assert.Equal((6, 11, 8), await CountsAsync());
        var telecomNancy = await WithContextAsync(db => db.Programs.AsNoTracking().SingleAsync(p => p.Code == "TN-ING"));
        Assert.True(telecomNancy.OffersStudentStatus);
        Assert.True(telecomNancy.OffersApprenticeStatus);
        var bcpst = await WithContextAsync(db => db.Tracks.AsNoTracking().SingleAsync(t => t.Code == "BCPST"));
        Assert.Contains(bcpst.Subjects, s => s.Code == "GEOL");
    }

    [Fact]
    public async Task The_first_administrator_comes_from_configuration()
    {
        await InitializeAsync();

        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var admin = await users.FindByEmailAsync(AdminEmail);
        Assert.NotNull(admin);
        Assert.True(await users.IsInRoleAsync(admin, Roles.Administrator));
        Assert.Empty(await users.GetUsersInRoleAsync(Roles.Applicant));
    }

    [Fact]
    public async Task A_campaign_with_rounds_and_pools_is_stored_and_queried_by_date()
    {
        await InitializeAsync();
        var opens = new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);
        await WithContextAsync(async db =>
        {
            var campaign = Campaign.Create(2027, "Concours 2027", new CampaignCalendar(
                opens,
                opens.AddDays(60),
                opens.AddDays(180),
                [new RoundDates(opens.AddDays(185), opens.AddDays(190))]));
            var program = await db.Programs.SingleAsync(p => p.Code == "TN-ING");
            var track = await db.Tracks.SingleAsync(t => t.Code == "MP");
            campaign.SetSeats(program, ProgramStatus.Student, track, 55);
            campaign.SetSeats(program, ProgramStatus.Apprentice, track, 5);
            db.Campaigns.Add(campaign);
            return await db.SaveChangesAsync();
        });

        var stored = await WithContextAsync(db => db.Campaigns.AsNoTracking()
            .Include(c => c.SeatPools)
            .Include(c => c.Rounds)
            .Where(c => c.RegistrationClosesAt > opens.AddDays(30))
            .SingleAsync());

        Assert.Equal(60, stored.TotalSeats);
        Assert.Equal(opens.AddDays(185), Assert.Single(stored.Rounds).OffersAt);
        Assert.Equal(opens.AddDays(60), stored.RegistrationClosesAt);
    }

    [Fact]
    public async Task The_database_itself_refuses_a_negative_seat_count()
    {
        await InitializeAsync();
        await WithContextAsync(async db =>
        {
            var opens = new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);
            var campaign = Campaign.Create(2027, "Concours 2027", new CampaignCalendar(opens, opens.AddDays(1), opens.AddDays(2), []));
            campaign.SetSeats(await db.Programs.SingleAsync(p => p.Code == "EOST-GEO"), ProgramStatus.Student, await db.Tracks.SingleAsync(t => t.Code == "PC"), 8);
            db.Campaigns.Add(campaign);
            return await db.SaveChangesAsync();
        });

        await Assert.ThrowsAnyAsync<DbException>(() => WithContextAsync(db =>
            db.SeatPools.ExecuteUpdateAsync(s => s.SetProperty(p => p.Seats, -1))));
        Assert.Equal(8, await WithContextAsync(db => db.SeatPools.SumAsync(p => p.Seats)));
    }

    private Task<(int Schools, int Programs, int Tracks)> CountsAsync() => WithContextAsync(async db =>
        (await db.Schools.CountAsync(), await db.Programs.CountAsync(), await db.Tracks.CountAsync()));

    public void Dispose()
    {
        _services?.Dispose();
        _folder.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteDatabaseTests : DatabaseContractTests
{
    protected override Dictionary<string, string?> DatabaseSettings() => new() { ["Database:Provider"] = "Sqlite" };
}

public sealed class SqlServerDatabaseTests(SqlServerContainer server) : DatabaseContractTests, IClassFixture<SqlServerContainer>
{
    protected override Dictionary<string, string?> DatabaseSettings() => new()
    {
        ["Database:Provider"] = "SqlServer",
        ["ConnectionStrings:Recruitment"] = server.NewDatabase(),
    };
}
