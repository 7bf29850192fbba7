using System.Text.RegularExpressions;
using MimeKit;
using Recruitment.Infrastructure.Email;
using Recruitment.Web.Tests.Support;

namespace Recruitment.Web.Tests.Account;

/// <summary>The e-mails the application wrote into its data folder (no SMTP server is configured in tests).</summary>
internal static partial class Mailbox
{
    public static IReadOnlyList<MimeMessage> To(RecruitmentApp app, string email)
    {
        var folder = Path.Combine(app.DataFolder, FileEmailSender.FolderName);
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return [.. Directory.GetFiles(folder, "*.eml")
            .Order(StringComparer.Ordinal)
            .Select(f => MimeMessage.Load(f))
            .Where(m => m.To.Mailboxes.Any(a => string.Equals(a.Address, email, StringComparison.OrdinalIgnoreCase)))];
    }

    /// <summary>The link to <paramref name="page"/> in the message, as a path and query on the test server.</summary>
    public static string LinkTo(MimeMessage message, string page)
    {
        var match = Link().Matches(message.TextBody ?? string.Empty).FirstOrDefault(m => new Uri(m.Value).AbsolutePath == page);
        Assert.True(match is not null, $"No link to {page} in: {message.TextBody}");
        return new Uri(match.Value).PathAndQuery;
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();
}
