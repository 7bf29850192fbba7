using System.Globalization;
using System.Security.Claims;
using Recruitment.Application.Common.Interfaces;
using Recruitment.Infrastructure.Identity;

namespace Recruitment.Web.Infrastructure;

internal sealed class CurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public string? UserId => Principal?.Identity?.IsAuthenticated == true ? Principal.FindFirstValue(ClaimTypes.NameIdentifier) : null;

    public string? Email => Principal?.FindFirstValue(ClaimTypes.Email) ?? Principal?.FindFirstValue(ClaimTypes.Name);

    public string DisplayName => Principal?.FindFirstValue(AppClaims.DisplayName) ?? Principal?.Identity?.Name ?? "system";

    public bool IsInRole(string role) => Principal?.IsInRole(role) == true;

    public int? SchoolId =>
        Principal?.FindFirstValue(AppClaims.SchoolId) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : null;
}
