using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace Recruitment.Application;

public static class DependencyInjection
{
    /// <summary>Registers the use cases' validators. Mediator itself is generated and added by the host.</summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.AddValidatorsFromAssembly(typeof(DependencyInjection).Assembly, ServiceLifetime.Scoped, includeInternalTypes: true);
        services.AddScoped<Common.Auditing.AuditLog>();
        services.AddScoped<Applications.ApplicationAccess>();
        services.AddScoped<Rounds.RoundEngine>();
        return services;
    }
}
