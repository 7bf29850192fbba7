namespace Recruitment.Application.Common.Security;

/// <summary>The roles of the platform's users.</summary>
public static class Roles
{
    public const string Applicant = nameof(Applicant);
    public const string AdmissionsOfficer = nameof(AdmissionsOfficer);
    public const string SchoolDirector = nameof(SchoolDirector);
    public const string Administrator = nameof(Administrator);

    public static IReadOnlyList<string> All { get; } = [Applicant, AdmissionsOfficer, SchoolDirector, Administrator];
}
