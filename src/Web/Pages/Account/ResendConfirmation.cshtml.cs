using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Recruitment.Infrastructure.Identity;

namespace Recruitment.Web.Pages.Account;

/// <summary>
/// Sends a new confirmation link. The answer is the same whether or not the e-mail has an account waiting for
/// confirmation, so that nobody learns from it who has an account.
/// </summary>
[AllowAnonymous]
public sealed class ResendConfirmationModel(UserManager<AppUser> users, AccountEmails emails) : PageModel
{
    [BindProperty]
    public EmailInput Input { get; set; } = new();

    [FromQuery(Name = "sent")]
    public bool Sent { get; set; }

    public void OnGet(string? email) => Input.Email = email ?? string.Empty;

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.FindByEmailAsync(Input.Email.Trim());
        if (user is { EmailConfirmed: false })
        {
            await emails.SendConfirmationAsync(user, HttpContext, cancellationToken);
        }

        return RedirectToPage(new { sent = true });
    }
}

public sealed class EmailInput
{
    [Required(ErrorMessage = "Enter your e-mail.")]
    [EmailAddress(ErrorMessage = "Enter an e-mail such as name@example.org.")]
    public string Email { get; set; } = string.Empty;
}
