using Hangfire.Dashboard;
using Recruitment.Application.Common.Security;

namespace Recruitment.Infrastructure.Jobs;

/// <summary>The jobs dashboard shows every job's arguments: administrators only.</summary>
public sealed class AdministratorsOnlyDashboardFilter : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var user = context.GetHttpContext().User;
        return user.Identity?.IsAuthenticated == true && user.IsInRole(Roles.Administrator);
    }
}
