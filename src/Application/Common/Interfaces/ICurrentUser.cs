namespace Recruitment.Application.Common.Interfaces;

/// <summary>Who is asking: the signed-in user of the request, or nobody.</summary>
public interface ICurrentUser
{
    string? UserId { get; }

    string? Email { get; }

    /// <summary>The name shown in audit logs.</summary>
    string DisplayName { get; }

    bool IsInRole(string role);

    /// <summary>The school a school director is bound to; null for every other user.</summary>
    int? SchoolId { get; }
}
