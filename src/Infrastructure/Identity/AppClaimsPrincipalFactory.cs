using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Recruitment.Infrastructure.Identity;

/// <summary>Adds the display name and, for a school director, the school to the signed-in user's claims.</summary>
internal sealed class AppClaimsPrincipalFactory(
    UserManager<AppUser> userManager,
    RoleManager<IdentityRole> roleManager,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(AppClaims.DisplayName, user.DisplayName));
        if (user.SchoolId is { } schoolId)
        {
            identity.AddClaim(new Claim(AppClaims.SchoolId, schoolId.ToString(CultureInfo.InvariantCulture)));
        }

        return identity;
    }
}

public static class AppClaims
{
    public const string DisplayName = "display_name";
    public const string SchoolId = "school_id";
}
