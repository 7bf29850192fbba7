using Microsoft.AspNetCore.Authorization;
using Recruitment.Application.Common.Security;

namespace Recruitment.Web.Infrastructure;

/// <summary>Who may reach which pages and endpoints. Finer rules (a director's school) live in the use cases.</summary>
public static class Policies
{
    public const string Administrator = nameof(Administrator);
    public const string ManageCampaigns = nameof(ManageCampaigns);

    public static void Add(AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddPolicy(Administrator, p => p.RequireRole(Roles.Administrator));
        options.AddPolicy(ManageCampaigns, p => p.RequireRole(Roles.Administrator, Roles.AdmissionsOfficer));
    }
}
