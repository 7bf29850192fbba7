using MimeKit;
using Recruitment.Application.Common.Interfaces;

namespace Recruitment.Infrastructure.Email;

internal static class MimeMessages
{
    /// <summary>The RFC 5322 message: UTF-8 text, with an HTML alternative when there is one.</summary>
    public static MimeMessage Create(EmailMessage message, string from, DateTimeOffset date)
    {
        ArgumentNullException.ThrowIfNull(message);
        var body = new BodyBuilder { TextBody = message.TextBody, HtmlBody = message.HtmlBody };
        var mime = new MimeMessage
        {
            Subject = message.Subject,
            Date = date,
            Body = body.ToMessageBody(),
        };
        mime.From.Add(MailboxAddress.Parse(from));
        mime.To.Add(MailboxAddress.Parse(message.To));
        return mime;
    }
}
