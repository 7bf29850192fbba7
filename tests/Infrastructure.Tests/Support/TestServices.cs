using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;

namespace Recruitment.Infrastructure.Tests.Support;

/// <summary>The infrastructure's real registrations over a given configuration, without the web host.</summary>
internal static class TestServices
{
    public static ServiceProvider Build(IDictionary<string, string?> settings, string contentRoot, TimeProvider? clock = null)
    {
        var values = new Dictionary<string, string?>(settings) { ["Jobs:RunServer"] = "false" };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<IHostEnvironment>(new HostingEnvironment
        {
            EnvironmentName = "Testing",
            ApplicationName = "Recruitment.Tests",
            ContentRootPath = contentRoot,
        });
        services.AddLogging();
        if (clock is not null)
        {
            services.AddSingleton(clock);
        }

        services.AddInfrastructure(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }
}
