using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Recruitment.Domain.Applications;
using Recruitment.Domain.Audit;
using Recruitment.Domain.Campaigns;
using Recruitment.Domain.Consortium;
using Recruitment.Domain.Rankings;
using Recruitment.Domain.Rounds;

namespace Recruitment.Application.Common.Interfaces;

/// <summary>The application's unit of work over the one database model, whichever provider serves it.</summary>
public interface IApplicationDbContext
{
    DbSet<School> Schools { get; }

    DbSet<EngineeringProgram> Programs { get; }

    DbSet<Track> Tracks { get; }

    DbSet<Campaign> Campaigns { get; }

    DbSet<SeatPool> SeatPools { get; }

    DbSet<ApplicationFile> Applications { get; }

    DbSet<ApplicationDocument> ApplicationDocuments { get; }

    DbSet<Wish> Wishes { get; }

    DbSet<AuditEntry> AuditEntries { get; }

    DbSet<ExamMark> ExamMarks { get; }

    DbSet<TrackRankingSettings> RankingSettings { get; }

    DbSet<RankingVersion> RankingVersions { get; }

    DbSet<RankingEntry> RankingEntries { get; }

    DbSet<Candidacy> Candidacies { get; }

    DbSet<AllocationRound> AllocationRounds { get; }

    DbSet<RoundOffer> RoundOffers { get; }

    /// <summary>Transactions spanning a bulk insert and <see cref="SaveChangesAsync"/>.</summary>
    DatabaseFacade Database { get; }

    /// <summary>
    /// Inserts many new rows at once, in the current transaction if there is one, without tracking them: for imports
    /// and rankings of tens of thousands of rows, where saving row by row would take seconds.
    /// </summary>
    Task BulkInsertAsync<TEntity>(IReadOnlyCollection<TEntity> entities, CancellationToken cancellationToken)
        where TEntity : class;

    Task<int> SaveChangesAsync(CancellationToken cancellationToken);
}
