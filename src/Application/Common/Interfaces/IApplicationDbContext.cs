using Microsoft.EntityFrameworkCore;
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

    Task<int> SaveChangesAsync(CancellationToken cancellationToken);
}
