using Microsoft.EntityFrameworkCore;
using Recruitment.Domain.Applications;
using Recruitment.Domain.Audit;
using Recruitment.Domain.Campaigns;
using Recruitment.Domain.Consortium;

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

    Task<int> SaveChangesAsync(CancellationToken cancellationToken);
}
