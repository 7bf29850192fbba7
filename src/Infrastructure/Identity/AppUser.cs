using Microsoft.AspNetCore.Identity;

namespace Recruitment.Infrastructure.Identity;

/// <summary>An account of the platform; its roles say what it may do.</summary>
public sealed class AppUser : IdentityUser
{
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>The school a school director is bound to; null for everyone else.</summary>
    public int? SchoolId { get; set; }
}
