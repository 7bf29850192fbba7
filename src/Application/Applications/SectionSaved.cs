namespace Recruitment.Application.Applications;

/// <summary>A section was saved: its new version (to send with the next save) and what changed.</summary>
public sealed record SectionSaved(int Version, IReadOnlyList<string> Changes);
