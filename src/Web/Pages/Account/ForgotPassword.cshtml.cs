using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Recruitment.Infrastructure.Identity;

namespace Recruitment.Web.Pages.Account;

/// <summary>
/// Sends a link to choose a new password. The answer is the same whether or not the e-mail has an account, so that
/// nobody learns from it who has one.
/// </summary>
[AllowAnonymous]
public sealed class ForgotPasswordModel(UserManager<AppUser> users, AccountEmails emails) : PageModel
{
    [BindProperty]
    public EmailInput Input { get; set; } = new();

    [FromQuery(Name = "sent")]
    public bool Sent { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.FindByEmailAsync(Input.Email.Trim());
        if (user is not null)
        {
            await emails.SendPasswordResetAsync(user, HttpContext, cancellationToken);
        }

        return RedirectToPage(new { sent = true });
    }
}
