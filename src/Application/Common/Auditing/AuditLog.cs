using Recruitment.Application.Common.Interfaces;
using Recruitment.Domain.Audit;

namespace Recruitment.Application.Common.Auditing;

/// <summary>
/// Adds audit entries to the current unit of work, so that an entry is saved with the change it describes, or not at
/// all.
/// </summary>
public sealed class AuditLog(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
{
    public const string ApplicationSubject = "Application";

    public void Record(string subject, string subjectKey, string action, string details) =>
        db.AuditEntries.Add(AuditEntry.Create(clock.GetUtcNow(), subject, subjectKey, action, user.UserId, user.DisplayName, details));

    public void Record(string subject, string subjectKey, string action, IEnumerable<string> changes) =>
        Record(subject, subjectKey, action, string.Join("; ", changes));
}
