using Microsoft.AspNetCore.Identity;
using Recruitment.Application.Common.Security;
using Recruitment.Infrastructure.Identity;

namespace Recruitment.Web.Pages.Account;

/// <summary>
/// An applicant's new account, for the sign-up page and the API alike: unconfirmed, in the Applicant role, with the
/// confirmation link mailed. An e-mail that already has an account is refused as Identity's DuplicateEmail.
/// </summary>
public sealed class ApplicantSignUp(UserManager<AppUser> users, AccountEmails emails)
{
    public async Task<IdentityResult> SignUpAsync(string email, string firstName, string lastName, string password, HttpContext context, CancellationToken cancellationToken)
    {
        email = email.Trim();
        if (await users.FindByEmailAsync(email) is not null)
        {
            return IdentityResult.Failed(users.ErrorDescriber.DuplicateEmail(email));
        }

        var user = new AppUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = false,
            DisplayName = $"{firstName.Trim()} {lastName.Trim()}",
        };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return created;
        }

        var role = await users.AddToRoleAsync(user, Roles.Applicant);
        if (!role.Succeeded)
        {
            await users.DeleteAsync(user);
            throw new InvalidOperationException($"The new account could not get the role {Roles.Applicant}: {string.Join(" ", role.Errors.Select(e => e.Code))}");
        }

        await emails.SendConfirmationAsync(user, context, cancellationToken);
        return IdentityResult.Success;
    }

    /// <summary>Confirms the address from the link's user id and code; false when the link is damaged or spent.</summary>
    public async Task<bool> ConfirmAsync(string? userId, string? code)
    {
        var token = AccountEmails.Decode(code);
        var user = string.IsNullOrEmpty(userId) || token is null ? null : await users.FindByIdAsync(userId);
        return user is not null && (await users.ConfirmEmailAsync(user, token!)).Succeeded;
    }

    /// <summary>
    /// Sets a new password from the link's user id and code. Null when the link is damaged or spent; otherwise
    /// Identity's answer (password rules). The link came by e-mail, so it confirms the address as well.
    /// </summary>
    public async Task<IdentityResult?> ResetPasswordAsync(string? userId, string? code, string password)
    {
        var token = AccountEmails.Decode(code);
        var user = string.IsNullOrEmpty(userId) || token is null ? null : await users.FindByIdAsync(userId);
        if (user is null)
        {
            return null;
        }

        var reset = await users.ResetPasswordAsync(user, token!, password);
        if (reset.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken)))
        {
            return null;
        }

        if (reset.Succeeded && !user.EmailConfirmed)
        {
            user.EmailConfirmed = true;
            await users.UpdateAsync(user);
        }

        return reset;
    }
}
