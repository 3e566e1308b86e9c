using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Scraper.Hosting;

namespace Scraper.Cli;

/// <summary>Builds the same service graph as the Functions app (AddScraper) for CLI commands.</summary>
internal static class CliServices
{
    /// <summary>For commands that touch no storage (extract, feed, article): a placeholder connection is never opened.</summary>
    /// <param name="settings">Extra configuration.</param>
    /// <param name="customize">Replacements applied after AddScraper (e.g. dry-run stores for `sources try`).</param>
    public static ServiceProvider BuildOffline(IEnumerable<KeyValuePair<string, string?>>? settings = null, Action<IServiceCollection>? customize = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:ConnectionString"] = "UseDevelopmentStorage=true" })
            .AddInMemoryCollection(settings ?? [])
            .AddEnvironmentVariables()
            .Build();
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning));
        services.AddScraper(configuration);
        customize?.Invoke(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }
}
