using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Recruitment.Application.Common.Interfaces;
using Recruitment.Domain.Applications;
using Recruitment.Domain.Audit;
using Recruitment.Domain.Campaigns;
using Recruitment.Domain.Rounds;
using Recruitment.Domain.Consortium;
using Recruitment.Domain.Rankings;
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

    public DbSet<ApplicationFile> Applications => Set<ApplicationFile>();

    public DbSet<ApplicationDocument> ApplicationDocuments => Set<ApplicationDocument>();

    public DbSet<Wish> Wishes => Set<Wish>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<ExamMark> ExamMarks => Set<ExamMark>();

    public DbSet<TrackRankingSettings> RankingSettings => Set<TrackRankingSettings>();

    public DbSet<RankingVersion> RankingVersions => Set<RankingVersion>();

    public DbSet<RankingEntry> RankingEntries => Set<RankingEntry>();

    public DbSet<Candidacy> Candidacies => Set<Candidacy>();

    public DbSet<AllocationRound> AllocationRounds => Set<AllocationRound>();

    public DbSet<RoundOffer> RoundOffers => Set<RoundOffer>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public Task BulkInsertAsync<TEntity>(IReadOnlyCollection<TEntity> entities, CancellationToken cancellationToken)
        where TEntity : class =>
        BulkInsert.InsertAsync(this, entities, cancellationToken);

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RefuseAuditChanges();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RefuseAuditChanges();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>The audit log is append-only: an entry once written is never changed or removed.</summary>
    private void RefuseAuditChanges()
    {
        if (ChangeTracker.Entries<AuditEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("The audit log is append-only: its entries cannot be changed or deleted.");
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }
}
