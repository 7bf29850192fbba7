using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Recruitment.Infrastructure.Identity;

namespace Recruitment.Web.Pages.Account;

/// <summary>An applicant creates an account; it can be used once the e-mailed link has confirmed the address.</summary>
[AllowAnonymous]
public sealed class RegisterModel(UserManager<AppUser> users, ApplicantSignUp accounts, IStringLocalizer<RegisterModel> text) : PageModel
{
    public const int MinPasswordLength = Recruitment.Infrastructure.DependencyInjection.MinPasswordLength;

    [BindProperty]
    public RegisterInput Input { get; set; } = new();

    /// <summary>The e-mail already has an account: the page offers to sign in or to choose a new password.</summary>
    public bool EmailTaken { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var email = Input.Email.Trim();
        var created = await accounts.SignUpAsync(email, Input.FirstName, Input.LastName, Input.Password, HttpContext, cancellationToken);
        if (!created.Succeeded)
        {
            return Refused(created.Errors);
        }

        TempData["Success"] = text["Your account is created. We have sent a link to {0}: open it to confirm your e-mail address, then sign in.", email].Value;
        return RedirectToPage("Login");
    }

    private PageResult Taken()
    {
        EmailTaken = true;
        ModelState.AddModelError(
            $"{nameof(Input)}.{nameof(RegisterInput.Email)}",
            text["An account already exists with this e-mail. Sign in, or choose a new password if you have forgotten it."]);
        return Page();
    }

    /// <summary>What Identity refused, said at the field concerned.</summary>
    private PageResult Refused(IEnumerable<IdentityError> errors)
    {
        var list = errors.ToList();
        if (list.Exists(e => e.Code is nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName)))
        {
            // The e-mail has an account already (perhaps taken by another request a moment ago).
            return Taken();
        }

        foreach (var error in list)
        {
            var (field, message) = error.Code switch
            {
                nameof(IdentityErrorDescriber.PasswordRequiresUniqueChars) => (nameof(RegisterInput.Password), text["Use at least {0} different characters in the password.", users.Options.Password.RequiredUniqueChars].Value),
                nameof(IdentityErrorDescriber.PasswordTooShort) => (nameof(RegisterInput.Password), text["Choose a password of at least {0} characters.", MinPasswordLength].Value),
                nameof(IdentityErrorDescriber.InvalidEmail) or nameof(IdentityErrorDescriber.InvalidUserName) => (nameof(RegisterInput.Email), text["Enter an e-mail such as name@example.org."].Value),
                _ => (string.Empty, error.Description),
            };
            ModelState.AddModelError(field.Length == 0 ? string.Empty : $"{nameof(Input)}.{field}", message);
        }

        return Page();
    }

    public sealed class RegisterInput
    {
        [Required(ErrorMessage = "Enter your e-mail.")]
        [EmailAddress(ErrorMessage = "Enter an e-mail such as name@example.org.")]
        [StringLength(256, ErrorMessage = "The e-mail is too long.")]
        public string Email { get; set; } = string.Empty;

        [Required(ErrorMessage = "Enter your first name.")]
        [StringLength(100, ErrorMessage = "The first name is too long.")]
        public string FirstName { get; set; } = string.Empty;

        [Required(ErrorMessage = "Enter your last name.")]
        [StringLength(100, ErrorMessage = "The last name is too long.")]
        public string LastName { get; set; } = string.Empty;

        [Required(ErrorMessage = "Choose a password.")]
        [MinLength(MinPasswordLength, ErrorMessage = "Choose a password of at least 12 characters.")]
        public string Password { get; set; } = string.Empty;

        [Required(ErrorMessage = "Type the password again.")]
        [Compare(nameof(Password), ErrorMessage = "The two passwords are different.")]
        public string ConfirmPassword { get; set; } = string.Empty;
    }
}
