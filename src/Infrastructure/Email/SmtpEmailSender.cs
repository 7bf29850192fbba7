using MailKit.Net.Smtp;
using MailKit.Security;
using Recruitment.Application.Common.Interfaces;

namespace Recruitment.Infrastructure.Email;

/// <summary>Sends each message through the configured SMTP server (MailKit), one connection per message.</summary>
internal sealed class SmtpEmailSender(EmailSettings settings, TimeProvider clock) : IEmailSender
{
    private readonly SmtpSettings _smtp = settings.Smtp ?? throw new ArgumentException("No SMTP server is configured.", nameof(settings));

    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        var mime = MimeMessages.Create(message, settings.From, clock.GetUtcNow());
        using var client = new SmtpClient();
        var security = _smtp.StartTls
            ? SecureSocketOptions.StartTls
            : _smtp.Port == 465 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.Auto;
        await client.ConnectAsync(_smtp.Host, _smtp.Port, security, cancellationToken);
        if (!string.IsNullOrEmpty(_smtp.User))
        {
            await client.AuthenticateAsync(_smtp.User, _smtp.Password ?? string.Empty, cancellationToken);
        }

        await client.SendAsync(mime, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}
