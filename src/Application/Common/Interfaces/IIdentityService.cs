namespace Recruitment.Application.Common.Interfaces;

/// <summary>User accounts and their roles, kept by the identity system.</summary>
public interface IIdentityService
{
    Task<IReadOnlyList<UserAccount>> ListUsersAsync(CancellationToken cancellationToken);

    Task<bool> EmailExistsAsync(string email, CancellationToken cancellationToken);

    /// <summary>Creates a confirmed account with one role.</summary>
    /// <exception cref="FluentValidation.ValidationException">The identity system refused the password or the e-mail.</exception>
    Task<string> CreateUserAsync(NewUserAccount account, CancellationToken cancellationToken);
}

public sealed record NewUserAccount(string Email, string DisplayName, string Password, string Role, int? SchoolId);

public sealed record UserAccount(
    string Id,
    string Email,
    string DisplayName,
    IReadOnlyList<string> Roles,
    string? SchoolCode,
    DateTimeOffset? LockedOutUntil);
