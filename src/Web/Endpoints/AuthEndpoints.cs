using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Recruitment.Infrastructure.Identity;
using Recruitment.Web.Pages.Account;

namespace Recruitment.Web.Endpoints;

internal static class AuthEndpoints
{
    public static void MapAuthEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/auth").WithTags("Authentication");

        group.MapPost("/token", IssueTokenAsync)
            .AllowAnonymous()
            .WithSummary("Exchanges an e-mail and password for a bearer token (valid one hour).")
            .WithDescription("Answers with { tokenType, accessToken, expiresIn, refreshToken }. " +
                "Five wrong passwords in a row lock the account for 15 minutes.");

        // The applicant's account, as on the pages: the e-mailed links open the pages, and carry the userId and code
        // that a program can send here instead.
        group.MapPost("/register", RegisterAsync)
            .AllowAnonymous()
            .WithSummary("Creates an applicant's account and e-mails the confirmation link; the account signs in once confirmed.");
        group.MapPost("/confirm-email", ConfirmEmailAsync)
            .AllowAnonymous()
            .WithSummary("Confirms the e-mail address with the userId and code of the mailed link.");
        group.MapPost("/resend-confirmation", ResendConfirmationAsync)
            .AllowAnonymous()
            .WithSummary("Sends the confirmation link again to an unconfirmed account; answers 202 whatever the address, so as not to tell which have accounts.");
        group.MapPost("/forgot-password", ForgotPasswordAsync)
            .AllowAnonymous()
            .WithSummary("E-mails a link to choose a new password; answers 202 whatever the address, so as not to tell which have accounts.");
        group.MapPost("/reset-password", ResetPasswordAsync)
            .AllowAnonymous()
            .WithSummary("Sets a new password with the userId and code of the mailed link (which also confirms the address).");
    }

    private static async Task<Results<Created, ValidationProblem, ProblemHttpResult>> RegisterAsync(
        RegisterRequest request,
        ApplicantSignUp accounts,
        HttpContext context,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(request.Email) || !new EmailAddressAttribute().IsValid(request.Email.Trim()) || request.Email.Trim().Length > 256)
        {
            errors["email"] = ["Enter an e-mail such as name@example.org."];
        }

        foreach (var (field, value, what) in new[] { ("firstName", request.FirstName, "first name"), ("lastName", request.LastName, "last name") })
        {
            if (string.IsNullOrWhiteSpace(value) || value.Trim().Length > 100)
            {
                errors[field] = [$"Enter your {what} (at most 100 characters)."];
            }
        }

        if (string.IsNullOrEmpty(request.Password))
        {
            errors["password"] = ["Choose a password."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The request has invalid fields.");
        }

        var created = await accounts.SignUpAsync(request.Email!, request.FirstName!, request.LastName!, request.Password!, context, cancellationToken);
        if (created.Succeeded)
        {
            return TypedResults.Created();
        }

        if (created.Errors.Any(e => e.Code is nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName)))
        {
            return TypedResults.Problem(
                "An account already exists with this e-mail. Sign in, or choose a new password with /api/auth/forgot-password.",
                statusCode: StatusCodes.Status409Conflict,
                title: "The request conflicts with the current state.");
        }

        return TypedResults.ValidationProblem(PasswordErrors(created), title: "The request has invalid fields.");
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> ConfirmEmailAsync(LinkRequest request, ApplicantSignUp accounts) =>
        await accounts.ConfirmAsync(request.UserId, request.Code)
            ? TypedResults.NoContent()
            : TypedResults.Problem(LinkRefused, statusCode: StatusCodes.Status400BadRequest, title: "The link is refused.");

    private static async Task<Accepted> ResendConfirmationAsync(EmailRequest request, UserManager<AppUser> users, AccountEmails emails, HttpContext context, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(request.Email) && await users.FindByEmailAsync(request.Email.Trim()) is { EmailConfirmed: false } user)
        {
            await emails.SendConfirmationAsync(user, context, cancellationToken);
        }

        return TypedResults.Accepted((string?)null);
    }

    private static async Task<Accepted> ForgotPasswordAsync(EmailRequest request, UserManager<AppUser> users, AccountEmails emails, HttpContext context, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(request.Email) && await users.FindByEmailAsync(request.Email.Trim()) is { } user)
        {
            await emails.SendPasswordResetAsync(user, context, cancellationToken);
        }

        return TypedResults.Accepted((string?)null);
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> ResetPasswordAsync(ResetPasswordRequest request, ApplicantSignUp accounts)
    {
        if (string.IsNullOrEmpty(request.Password))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["password"] = ["Choose a password."] }, title: "The request has invalid fields.");
        }

        var reset = await accounts.ResetPasswordAsync(request.UserId, request.Code, request.Password);
        return reset is null ? TypedResults.Problem(LinkRefused, statusCode: StatusCodes.Status400BadRequest, title: "The link is refused.")
            : reset.Succeeded ? TypedResults.NoContent()
            : TypedResults.ValidationProblem(PasswordErrors(reset), title: "The request has invalid fields.");
    }

    private const string LinkRefused = "This link is damaged, already used or expired: ask for a new one.";

    private static Dictionary<string, string[]> PasswordErrors(IdentityResult result) =>
        new(StringComparer.Ordinal) { ["password"] = [.. result.Errors.Select(e => e.Description)] };

    private static async Task<Results<EmptyHttpResult, ProblemHttpResult>> IssueTokenAsync(
        TokenRequest request,
        SignInManager<AppUser> signIn)
    {
        signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
        var result = await signIn.PasswordSignInAsync(request.Email, request.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            // The bearer handler has written the token.
            return TypedResults.Empty;
        }

        // Only someone who knows the password learns that the address is not confirmed yet.
        var unconfirmed = result.IsNotAllowed
            && await signIn.UserManager.FindByEmailAsync(request.Email) is { EmailConfirmed: false } user
            && await signIn.UserManager.CheckPasswordAsync(user, request.Password);
        return TypedResults.Problem(
            result.IsLockedOut ? "This account is locked after repeated failed sign-ins. Try again in 15 minutes."
            : unconfirmed ? "The e-mail address is not confirmed yet: open the link sent to it, or ask for a new one at /Account/ResendConfirmation."
            : "The e-mail or the password is wrong.",
            statusCode: StatusCodes.Status401Unauthorized,
            title: "Sign-in refused.");
    }

    internal sealed record TokenRequest(string Email, string Password);

    internal sealed record RegisterRequest(string? Email, string? FirstName, string? LastName, string? Password);

    internal sealed record LinkRequest(string? UserId, string? Code);

    internal sealed record EmailRequest(string? Email);

    internal sealed record ResetPasswordRequest(string? UserId, string? Code, string? Password);
}
