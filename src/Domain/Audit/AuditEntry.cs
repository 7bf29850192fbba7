namespace Recruitment.Domain.Audit;

/// <summary>
/// One line of the audit log: who did what to which record, when, and what changed. Entries are only ever added;
/// the database context refuses to change or delete them.
/// </summary>
public sealed class AuditEntry
{
    public const int DetailsMaxLength = 4000;

    private AuditEntry()
    {
        Subject = string.Empty;
        SubjectKey = string.Empty;
        Action = string.Empty;
        ActorName = string.Empty;
        Details = string.Empty;
    }

    public long Id { get; private set; }

    public DateTimeOffset At { get; private set; }

    /// <summary>The kind of record, e.g. "Application".</summary>
    public string Subject { get; private set; }

    /// <summary>The record's public key, e.g. an application number.</summary>
    public string SubjectKey { get; private set; }

    /// <summary>What happened, e.g. "Submitted", "DocumentRejected".</summary>
    public string Action { get; private set; }

    /// <summary>The account that acted; null for the system itself.</summary>
    public string? ActorId { get; private set; }

    public string ActorName { get; private set; }

    public string Details { get; private set; }

    public static AuditEntry Create(DateTimeOffset at, string subject, string subjectKey, string action, string? actorId, string actorName, string details) => new()
    {
        At = at,
        Subject = subject,
        SubjectKey = subjectKey,
        Action = action,
        ActorId = actorId,
        ActorName = actorName,
        Details = details.Length > DetailsMaxLength ? details[..DetailsMaxLength] : details,
    };
}
