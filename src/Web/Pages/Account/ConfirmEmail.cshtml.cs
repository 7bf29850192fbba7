using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Recruitment.Infrastructure.Identity;

namespace Recruitment.Web.Pages.Account;

/// <summary>The page the confirmation e-mail links to.</summary>
[AllowAnonymous]
public sealed class ConfirmEmailModel(UserManager<AppUser> users) : PageModel
{
    public bool Confirmed { get; private set; }

    public async Task OnGetAsync(string? userId, string? code)
    {
        var token = AccountEmails.Decode(code);
        var user = string.IsNullOrEmpty(userId) || token is null ? null : await users.FindByIdAsync(userId);
        Confirmed = user is not null && (await users.ConfirmEmailAsync(user, token!)).Succeeded;
    }
}
