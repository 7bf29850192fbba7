using Microsoft.AspNetCore.Authorization;
using Recruitment.Application.Common.Security;

namespace Recruitment.Web.Infrastructure;

/// <summary>Who may reach which pages and endpoints. Finer rules (a director's school) live in the use cases.</summary>
public static class Policies
{
    public const string Administrator = nameof(Administrator);
    public const string ManageCampaigns = nameof(ManageCampaigns);

    /// <summary>Admissions officers and administrators: the list of applications and the decisions on them.</summary>
    public const string ReviewApplications = nameof(ReviewApplications);

    /// <summary>Applicants (their own file) and officers; never directors.</summary>
    public const string ReadApplications = nameof(ReadApplications);

    public const string Applicant = nameof(Applicant);

    public static void Add(AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddPolicy(Administrator, p => p.RequireRole(Roles.Administrator));
        options.AddPolicy(ManageCampaigns, p => p.RequireRole(Roles.Administrator, Roles.AdmissionsOfficer));
        options.AddPolicy(ReviewApplications, p => p.RequireRole(Roles.Administrator, Roles.AdmissionsOfficer));
        options.AddPolicy(ReadApplications, p => p.RequireRole(Roles.Applicant, Roles.AdmissionsOfficer, Roles.Administrator));
        options.AddPolicy(Applicant, p => p.RequireRole(Roles.Applicant));
    }
}
