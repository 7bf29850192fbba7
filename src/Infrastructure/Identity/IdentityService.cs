using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Recruitment.Application.Common.Interfaces;
using Recruitment.Infrastructure.Persistence;

namespace Recruitment.Infrastructure.Identity;

internal sealed class IdentityService(UserManager<AppUser> users, AppDbContext db, TimeProvider clock) : IIdentityService
{
    public async Task<IReadOnlyList<UserAccount>> ListUsersAsync(CancellationToken cancellationToken)
    {
        var accounts = await (
                from u in db.Users.AsNoTracking()
                join s in db.Schools on u.SchoolId equals s.Id into schools
                from s in schools.DefaultIfEmpty()
                orderby u.Email
                select new { u.Id, u.Email, u.DisplayName, SchoolCode = s == null ? null : s.Code, u.LockoutEnd })
            .ToListAsync(cancellationToken);
        var roles = (await (
                from ur in db.UserRoles.AsNoTracking()
                join r in db.Roles on ur.RoleId equals r.Id
                select new { ur.UserId, r.Name })
            .ToListAsync(cancellationToken))
            .ToLookup(r => r.UserId, r => r.Name ?? string.Empty);
        var now = clock.GetUtcNow();
        return [.. accounts.Select(a => new UserAccount(
            a.Id,
            a.Email ?? string.Empty,
            a.DisplayName,
            [.. roles[a.Id].Order(StringComparer.Ordinal)],
            a.SchoolCode,
            a.LockoutEnd > now ? a.LockoutEnd : null))];
    }

    public async Task<bool> EmailExistsAsync(string email, CancellationToken cancellationToken) =>
        await users.FindByEmailAsync(email) is not null;

    public async Task<string> CreateUserAsync(NewUserAccount account, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        var user = new AppUser
        {
            UserName = account.Email,
            Email = account.Email,
            EmailConfirmed = true,
            DisplayName = account.DisplayName,
            SchoolId = account.SchoolId,
        };

        var created = await users.CreateAsync(user, account.Password);
        ThrowIfFailed(created);
        var added = await users.AddToRoleAsync(user, account.Role);
        if (!added.Succeeded)
        {
            await users.DeleteAsync(user);
            ThrowIfFailed(added);
        }

        return user.Id;
    }

    private static void ThrowIfFailed(IdentityResult result)
    {
        if (result.Succeeded)
        {
            return;
        }

        throw new ValidationException(result.Errors.Select(e => new ValidationFailure(FieldOf(e.Code), e.Description)));
    }

    private static string FieldOf(string identityErrorCode) =>
        identityErrorCode.StartsWith("Password", StringComparison.Ordinal) ? nameof(NewUserAccount.Password)
        : identityErrorCode.Contains("Email", StringComparison.Ordinal) || identityErrorCode.Contains("UserName", StringComparison.Ordinal)
            ? nameof(NewUserAccount.Email)
            : string.Empty;
}
