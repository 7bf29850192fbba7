namespace Recruitment.Application.Marks;

/// <summary>
/// How marks appear in the audit log: each application's changes under <see cref="MarksSubject"/> and its number
/// (kept apart from the application's own history, which its applicant reads), each import under
/// <see cref="ImportSubject"/> and the campaign year.
/// </summary>
public static class MarksAudit
{
    public const string MarksSubject = "Marks";
    public const string ImportSubject = "MarksImport";
}
