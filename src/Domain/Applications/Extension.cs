namespace Recruitment.Domain.Applications;

/// <summary>An officer's permission for one applicant to keep editing after the deadline, until a given time.</summary>
public sealed record Extension(DateTimeOffset Until, string Reason, string GrantedBy, DateTimeOffset GrantedAt);
