using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Recruitment.Infrastructure.Identity;

namespace Recruitment.Web.Pages.Account;

[AllowAnonymous]
public sealed class LoginModel(SignInManager<AppUser> signIn, TimeProvider clock, IStringLocalizer<LoginModel> text) : PageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>The right password was given for an account whose e-mail is not confirmed yet.</summary>
    public bool NeedsConfirmation { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var email = Input.Email.Trim();
        var result = await signIn.PasswordSignInAsync(email, Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        if (result.IsLockedOut)
        {
            var user = await signIn.UserManager.FindByEmailAsync(email);
            var minutes = user?.LockoutEnd is { } end ? Math.Max(1, (int)Math.Ceiling((end - clock.GetUtcNow()).TotalMinutes)) : 15;
            ModelState.AddModelError(string.Empty, text["This account is locked after repeated failed sign-ins. Try again in {0} minute(s).", minutes]);
        }
        else if (result.IsNotAllowed && await IsUnconfirmedWithRightPasswordAsync(email))
        {
            NeedsConfirmation = true;
            ModelState.AddModelError(string.Empty, text["Your e-mail address is not confirmed yet. Open the link we sent you, or ask for a new one."]);
        }
        else
        {
            ModelState.AddModelError(string.Empty, text["The e-mail or the password is wrong."]);
        }

        return Page();
    }

    /// <summary>
    /// Identity refuses an unconfirmed account before it looks at the password; saying "not confirmed" only after the
    /// right password keeps a stranger from learning which e-mails have an account, and a wrong one still counts
    /// towards the lockout.
    /// </summary>
    private async Task<bool> IsUnconfirmedWithRightPasswordAsync(string email)
    {
        var users = signIn.UserManager;
        var user = await users.FindByEmailAsync(email);
        if (user is null || user.EmailConfirmed)
        {
            return false;
        }

        if (await users.CheckPasswordAsync(user, Input.Password))
        {
            return true;
        }

        await users.AccessFailedAsync(user);
        return false;
    }

    public sealed class LoginInput
    {
        [Required(ErrorMessage = "Enter your e-mail.")]
        [EmailAddress(ErrorMessage = "Enter an e-mail such as name@example.org.")]
        public string Email { get; set; } = string.Empty;

        [Required(ErrorMessage = "Enter your password.")]
        public string Password { get; set; } = string.Empty;
    }
}
