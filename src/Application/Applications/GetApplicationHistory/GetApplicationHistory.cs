using Mediator;
using Microsoft.EntityFrameworkCore;
using Recruitment.Application.Common.Auditing;
using Recruitment.Application.Common.Interfaces;

namespace Recruitment.Application.Applications.GetApplicationHistory;

/// <summary>What happened to an application, oldest first: the audit log entries of the file.</summary>
public sealed record GetApplicationHistoryQuery(string Number) : IQuery<IReadOnlyList<HistoryEntryDto>>;

public sealed record HistoryEntryDto(DateTimeOffset At, string Action, string Actor, string Details);

internal sealed class GetApplicationHistoryHandler(IApplicationDbContext db, ApplicationAccess access)
    : IQueryHandler<GetApplicationHistoryQuery, IReadOnlyList<HistoryEntryDto>>
{
    public async ValueTask<IReadOnlyList<HistoryEntryDto>> Handle(GetApplicationHistoryQuery query, CancellationToken cancellationToken)
    {
        await access.EnsureVisibleAsync(query.Number, cancellationToken);
        return await db.AuditEntries.AsNoTracking()
            .Where(e => e.Subject == AuditLog.ApplicationSubject && e.SubjectKey == query.Number)
            .OrderBy(e => e.Id)
            .Select(e => new HistoryEntryDto(e.At, e.Action, e.ActorName, e.Details))
            .ToListAsync(cancellationToken);
    }
}
