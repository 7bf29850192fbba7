using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Recruitment.Application.Common.Interfaces;
using Recruitment.Infrastructure.Configuration;

namespace Recruitment.Infrastructure.Email;

internal static class EmailServices
{
    /// <summary>SMTP when a server is configured, files otherwise; decided from the final configuration.</summary>
    public static IServiceCollection AddEmail(this IServiceCollection services)
    {
        services.AddSingleton(sp => EmailSettings.Read(sp.GetRequiredService<IConfiguration>()));
        services.AddSingleton<IEmailSender>(sp =>
        {
            var email = sp.GetRequiredService<EmailSettings>();
            var clock = sp.GetRequiredService<TimeProvider>();
            return email.Smtp is null
                ? new FileEmailSender(Path.Combine(sp.GetRequiredService<RecruitmentSettings>().DataFolder, FileEmailSender.FolderName), email.From, clock)
                : new SmtpEmailSender(email, clock);
        });
        return services;
    }
}
