namespace Recruitment.Application.Common.Interfaces;

/// <summary>Sends e-mail to a person; how it travels (an SMTP server, files for a developer) is an infrastructure matter.</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}

/// <summary>One e-mail, already in its reader's language.</summary>
/// <param name="To">The recipient's address.</param>
/// <param name="Subject">The subject line.</param>
/// <param name="TextBody">The plain-text body, which every mail reader shows.</param>
/// <param name="HtmlBody">An HTML version of the same text, for readers that prefer it.</param>
public sealed record EmailMessage(string To, string Subject, string TextBody, string? HtmlBody = null);
