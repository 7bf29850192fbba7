using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Recruitment.Web.Pages.Account;

/// <summary>The page the confirmation e-mail links to.</summary>
[AllowAnonymous]
public sealed class ConfirmEmailModel(ApplicantSignUp accounts) : PageModel
{
    public bool Confirmed { get; private set; }

    public async Task OnGetAsync(string? userId, string? code) => Confirmed = await accounts.ConfirmAsync(userId, code);
}
