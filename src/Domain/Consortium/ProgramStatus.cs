namespace Recruitment.Domain.Consortium;

/// <summary>Under which status a program is followed: student (sous statut étudiant) or apprentice.</summary>
public enum ProgramStatus
{
    Student = 1,
    Apprentice = 2,
}

public static class ProgramStatusCodes
{
    /// <summary>The one-letter code used in pool identifiers such as <c>TN-ING/S/MP</c>.</summary>
    public static char ToCode(this ProgramStatus status) => status switch
    {
        ProgramStatus.Student => 'S',
        ProgramStatus.Apprentice => 'A',
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown status."),
    };

    public static ProgramStatus Parse(string text) =>
        TryParse(text, out var status) ? status : throw new FormatException($"'{text}' is not a status: use student or apprentice.");

    public static bool TryParse(string? text, out ProgramStatus status)
    {
        switch (text?.Trim().ToUpperInvariant())
        {
            case "S" or "STUDENT":
                status = ProgramStatus.Student;
                return true;
            case "A" or "APPRENTICE":
                status = ProgramStatus.Apprentice;
                return true;
            default:
                status = default;
                return false;
        }
    }
}
