using Microsoft.AspNetCore.Identity;

namespace Recruitment.Infrastructure.Identity;

/// <summary>An account of the platform; its roles say what it may do.</summary>
public sealed class AppUser : IdentityUser
{
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>The school a school director is bound to; null for everyone else.</summary>
    public int? SchoolId { get; set; }

    /// <summary>
    /// A confirmed account written straight to the database, many at a time, without UserManager: its normalised
    /// names are set here as Identity's default normaliser would (upper-case invariant), and a fresh security stamp.
    /// </summary>
    public static AppUser ConfirmedForBulkInsert(string email, string displayName)
    {
        ArgumentNullException.ThrowIfNull(email);
        return new AppUser
        {
            UserName = email,
            NormalizedUserName = email.ToUpperInvariant(),
            Email = email,
            NormalizedEmail = email.ToUpperInvariant(),
            EmailConfirmed = true,
            DisplayName = displayName,
            SecurityStamp = Guid.NewGuid().ToString("N"),
        };
    }
}
