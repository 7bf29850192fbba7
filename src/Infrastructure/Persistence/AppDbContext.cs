using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Recruitment.Application.Common.Interfaces;
using Recruitment.Domain.Campaigns;
using Recruitment.Domain.Consortium;
using Recruitment.Infrastructure.Identity;

namespace Recruitment.Infrastructure.Persistence;

/// <summary>
/// The one database model. Each provider derives its own context from it so that each has its own migrations
/// (<see cref="SqliteAppDbContext"/>, <see cref="SqlServerAppDbContext"/>).
/// </summary>
public abstract class AppDbContext(DbContextOptions options)
    : IdentityDbContext<AppUser>(options), IApplicationDbContext, IDataProtectionKeyContext
{
    public DbSet<School> Schools => Set<School>();

    public DbSet<EngineeringProgram> Programs => Set<EngineeringProgram>();

    public DbSet<Track> Tracks => Set<Track>();

    public DbSet<Campaign> Campaigns => Set<Campaign>();

    public DbSet<SeatPool> SeatPools => Set<SeatPool>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }
}
