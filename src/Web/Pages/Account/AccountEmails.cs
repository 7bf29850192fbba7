using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;
using Recruitment.Application.Common.Interfaces;
using Recruitment.Infrastructure.Identity;

namespace Recruitment.Web.Pages.Account;

/// <summary>
/// The e-mails of the account pages, written in the language of the page that sends them. Their links carry that
/// language too, so that the page they open speaks it even in another browser.
/// </summary>
public sealed class AccountEmails(
    IEmailSender sender,
    UserManager<AppUser> users,
    LinkGenerator links,
    IStringLocalizer<AccountEmails> text)
{
    public async Task SendConfirmationAsync(AppUser user, HttpContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var code = Encode(await users.GenerateEmailConfirmationTokenAsync(user));
        var link = Link(context, "/Account/ConfirmEmail", user.Id, code);
        await sender.SendAsync(
            new EmailMessage(
                user.Email!,
                text["Confirm your e-mail address — IMT Grand Est entrance competition"],
                Paragraphs(
                    text["Hello {0},", user.DisplayName],
                    text["You have created an account on the platform of the IMT Grand Est entrance competition. To confirm your e-mail address, open this link:"],
                    link,
                    text["If you did not create this account, ignore this message: without confirmation, the account cannot be used."],
                    text["The admissions team of IMT Grand Est"])),
            cancellationToken);
    }

    public async Task SendPasswordResetAsync(AppUser user, HttpContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var code = Encode(await users.GeneratePasswordResetTokenAsync(user));
        var link = Link(context, "/Account/ResetPassword", user.Id, code);
        await sender.SendAsync(
            new EmailMessage(
                user.Email!,
                text["Choose a new password — IMT Grand Est entrance competition"],
                Paragraphs(
                    text["Hello {0},", user.DisplayName],
                    text["Someone, probably you, asked for a new password for your account on the platform of the IMT Grand Est entrance competition. To choose it, open this link:"],
                    link,
                    text["The link works once and expires after a day. If you did not ask for it, ignore this message: your password has not changed."],
                    text["The admissions team of IMT Grand Est"])),
            cancellationToken);
    }

    /// <summary>Identity tokens hold characters that do not survive in a URL; they travel Base64url-encoded.</summary>
    public static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    /// <summary>The token a link carried, or null when it was damaged.</summary>
    public static string? Decode(string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return null;
        }

        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private string Link(HttpContext context, string page, string userId, string code) =>
        links.GetUriByPage(
            context,
            page,
            handler: null,
            values: new { userId, code, culture = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName })
        ?? throw new InvalidOperationException($"No route to {page}.");

    private static string Paragraphs(params string[] paragraphs) => string.Join("\n\n", paragraphs);
}
