using Mediator;
using Microsoft.EntityFrameworkCore;
using Recruitment.Application.Applications;
using Recruitment.Application.Common.Exceptions;
using Recruitment.Application.Common.Interfaces;
using Recruitment.Application.Rankings;
using Recruitment.Domain.Applications;

namespace Recruitment.Application.Marks.GetApplicationMarks;

/// <summary>An application's marks in each subject of its track, for officers.</summary>
public sealed record GetApplicationMarksQuery(string Number) : IQuery<ApplicationMarksDto>;

/// <param name="CanHaveMarks">Whether the application is eligible and submitted, the only ones marks are recorded for.</param>
public sealed record ApplicationMarksDto(
    string Number,
    string? LastName,
    string? FirstName,
    int Year,
    string? Track,
    bool CanHaveMarks,
    IReadOnlyList<SubjectMarkDto> Subjects);

/// <param name="Mark">Null while the subject has no mark.</param>
public sealed record SubjectMarkDto(string Subject, string Name, decimal? Mark, DateTimeOffset? ChangedAt);

internal sealed class GetApplicationMarksHandler(IApplicationDbContext db, ApplicationAccess access) : IQueryHandler<GetApplicationMarksQuery, ApplicationMarksDto>
{
    public async ValueTask<ApplicationMarksDto> Handle(GetApplicationMarksQuery query, CancellationToken cancellationToken)
    {
        RankingScope.EnsureStaff(access);
        return await ReadAsync(db, query.Number, cancellationToken);
    }

    internal static async Task<ApplicationMarksDto> ReadAsync(IApplicationDbContext db, string number, CancellationToken cancellationToken)
    {
        var application = await db.Applications.AsNoTracking()
            .Where(a => a.Number == number)
            .Select(a => new
            {
                a.Id,
                a.Number,
                LastName = a.Identity == null ? null : a.Identity.LastName,
                FirstName = a.Identity == null ? null : a.Identity.FirstName,
                Year = db.Campaigns.Where(c => c.Id == a.CampaignId).Select(c => c.Year).Single(),
                TrackId = a.Studies == null ? (int?)null : a.Studies.TrackId,
                CanHaveMarks = a.Status == ApplicationStatus.Submitted && a.Eligibility == Eligibility.Eligible,
            })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw NotFoundException.For("Application", number);
        var track = application.TrackId is { } trackId
            ? await db.Tracks.AsNoTracking().Where(t => t.Id == trackId).Select(t => new { t.Code, Subjects = t.Subjects.Select(s => new { s.Code, s.Name }).ToList() }).SingleAsync(cancellationToken)
            : null;
        var marks = await db.ExamMarks.AsNoTracking().Where(m => m.ApplicationFileId == application.Id).ToDictionaryAsync(m => m.SubjectCode, cancellationToken);
        var subjects = (track?.Subjects ?? [])
            .Select(s => new SubjectMarkDto(s.Code, s.Name, marks.GetValueOrDefault(s.Code)?.Mark.Value, marks.GetValueOrDefault(s.Code)?.ChangedAt))
            .ToList();
        return new ApplicationMarksDto(application.Number, application.LastName, application.FirstName, application.Year, track?.Code, application.CanHaveMarks, subjects);
    }
}
