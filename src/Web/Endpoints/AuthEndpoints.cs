using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Recruitment.Infrastructure.Identity;

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
    }

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
}
