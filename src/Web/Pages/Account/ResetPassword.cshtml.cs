using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Recruitment.Infrastructure.Identity;

namespace Recruitment.Web.Pages.Account;

/// <summary>The page the password e-mail links to: the link's token lets its holder choose a new password.</summary>
[AllowAnonymous]
public sealed class ResetPasswordModel(UserManager<AppUser> users, ApplicantSignUp accounts, IStringLocalizer<ResetPasswordModel> text) : PageModel
{
    [BindProperty]
    public ResetPasswordInput Input { get; set; } = new();

    /// <summary>The link is damaged, used or expired: the page offers to ask for a new one.</summary>
    public bool LinkRefused { get; private set; }

    public void OnGet(string? userId, string? code)
    {
        Input.UserId = userId ?? string.Empty;
        Input.Code = code ?? string.Empty;
        LinkRefused = Input.UserId.Length == 0 || AccountEmails.Decode(Input.Code) is null;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var reset = await accounts.ResetPasswordAsync(Input.UserId, Input.Code, Input.Password);
        if (reset is null)
        {
            return Refused();
        }

        if (!reset.Succeeded)
        {
            foreach (var error in reset.Errors)
            {
                ModelState.AddModelError($"{nameof(Input)}.{nameof(ResetPasswordInput.Password)}", error.Code switch
                {
                    nameof(IdentityErrorDescriber.PasswordRequiresUniqueChars) => text["Use at least {0} different characters in the password.", users.Options.Password.RequiredUniqueChars],
                    nameof(IdentityErrorDescriber.PasswordTooShort) => text["Choose a password of at least {0} characters.", RegisterModel.MinPasswordLength],
                    _ => error.Description,
                });
            }

            return Page();
        }

        TempData["Success"] = text["Your password has been changed. Sign in with it."].Value;
        return RedirectToPage("Login");
    }

    private PageResult Refused()
    {
        LinkRefused = true;
        ModelState.AddModelError(string.Empty, text["This link is damaged, has already been used or has expired. Ask for a new one."]);
        return Page();
    }

    public sealed class ResetPasswordInput
    {
        public string UserId { get; set; } = string.Empty;

        public string Code { get; set; } = string.Empty;

        [Required(ErrorMessage = "Choose a password.")]
        [MinLength(RegisterModel.MinPasswordLength, ErrorMessage = "Choose a password of at least 12 characters.")]
        public string Password { get; set; } = string.Empty;

        [Required(ErrorMessage = "Type the password again.")]
        [Compare(nameof(Password), ErrorMessage = "The two passwords are different.")]
        public string ConfirmPassword { get; set; } = string.Empty;
    }
}
