using Microsoft.Extensions.Configuration;

namespace Recruitment.Infrastructure.Email;

/// <summary>
/// Where e-mail goes: through an SMTP server when <c>Email:Smtp:Host</c> is set, otherwise into files in the data
/// folder, so that a developer or a test can read every message that would have been sent.
/// </summary>
public sealed record EmailSettings(string From, SmtpSettings? Smtp)
{
    public const string DefaultFrom = "Recruitment IMT Grand Est <no-reply@localhost>";

    public static EmailSettings Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var from = configuration["Email:From"];
        var host = configuration["Email:Smtp:Host"];
        return new EmailSettings(
            string.IsNullOrWhiteSpace(from) ? DefaultFrom : from.Trim(),
            string.IsNullOrWhiteSpace(host)
                ? null
                : new SmtpSettings(
                    host.Trim(),
                    configuration.GetValue("Email:Smtp:Port", 587),
                    configuration["Email:Smtp:User"],
                    configuration["Email:Smtp:Password"],
                    configuration.GetValue("Email:Smtp:StartTls", true)));
    }
}

/// <param name="StartTls">
/// True: upgrade the connection with STARTTLS and refuse a server that cannot (port 587). False: implicit TLS on
/// port 465, and on any other port whatever the server offers.
/// </param>
public sealed record SmtpSettings(string Host, int Port, string? User, string? Password, bool StartTls)
{
    // The password never appears in logs or exception messages.
    public override string ToString() => $"{Host}:{Port} (user {User ?? "none"}, STARTTLS {StartTls})";
}
