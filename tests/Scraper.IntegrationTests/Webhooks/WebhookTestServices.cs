using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Scraper.Hosting;

namespace Scraper.IntegrationTests.Webhooks;

/// <summary>The production service graph with test settings (loopback http allowed, short timeout).</summary>
internal static class WebhookTestServices
{
    public static ServiceProvider Build(
        Action<IServiceCollection>? configure = null,
        IDictionary<string, string?>? settings = null,
        string connectionString = "UseDevelopmentStorage=true")
    {
        var values = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = connectionString,
            ["Webhooks:AllowHttp"] = "true",
            ["Webhooks:AllowLoopback"] = "true",
            ["Webhooks:DeliveryTimeout"] = "00:00:02",
        };
        foreach (var (k, v) in settings ?? new Dictionary<string, string?>())
        {
            values[k] = v;
        }

        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        configure?.Invoke(services);
        services.AddScraper(new ConfigurationBuilder().AddInMemoryCollection(values).Build());
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }
}
