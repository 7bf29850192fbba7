using Mediator;
using Microsoft.EntityFrameworkCore;
using Recruitment.Application.Common.Interfaces;

namespace Recruitment.Application.Consortium.GetConsortium;

/// <summary>The consortium's reference data: schools with their programs, and tracks with their exam subjects.</summary>
public sealed record GetConsortiumQuery : IQuery<ConsortiumDto>;

public sealed record ConsortiumDto(IReadOnlyList<SchoolDto> Schools, IReadOnlyList<TrackDto> Tracks);

public sealed record SchoolDto(string Code, string Name, string City, IReadOnlyList<ProgramDto> Programs);

public sealed record ProgramDto(string Code, string Name, bool OffersStudentStatus, bool OffersApprenticeStatus);

public sealed record TrackDto(string Code, string Name, IReadOnlyList<SubjectDto> Subjects);

public sealed record SubjectDto(string Code, string Name);

internal sealed class GetConsortiumHandler(IApplicationDbContext db) : IQueryHandler<GetConsortiumQuery, ConsortiumDto>
{
    public async ValueTask<ConsortiumDto> Handle(GetConsortiumQuery query, CancellationToken cancellationToken)
    {
        var schools = await db.Schools.AsNoTracking()
            .OrderBy(s => s.Code)
            .Select(s => new
            {
                s.Id,
                s.Code,
                s.Name,
                s.City,
            })
            .ToListAsync(cancellationToken);
        var programs = await db.Programs.AsNoTracking()
            .OrderBy(p => p.Code)
            .Select(p => new { p.SchoolId, Dto = new ProgramDto(p.Code, p.Name, p.OffersStudentStatus, p.OffersApprenticeStatus) })
            .ToListAsync(cancellationToken);
        var tracks = await db.Tracks.AsNoTracking()
            .OrderBy(t => t.Code)
            .Select(t => new TrackDto(
                t.Code,
                t.Name,
                t.Subjects.OrderBy(s => s.Code).Select(s => new SubjectDto(s.Code, s.Name)).ToList()))
            .ToListAsync(cancellationToken);

        return new ConsortiumDto(
            [.. schools.Select(s => new SchoolDto(
                s.Code,
                s.Name,
                s.City,
                [.. programs.Where(p => p.SchoolId == s.Id).Select(p => p.Dto)]))],
            tracks);
    }
}
