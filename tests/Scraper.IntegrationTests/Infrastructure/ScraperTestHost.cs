using Azure.Core.Pipeline;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Scraper.Hosting;
using Scraper.Storage;

namespace Scraper.IntegrationTests.Infrastructure;

/// <summary>
/// The production service graph (AddScraper) on the shared Azurite, with a storage prefix unique to
/// this test (so tests never see each other's tables, queues or blobs) and a fake clock.
/// </summary>
public sealed class ScraperTestHost : IAsyncDisposable
{
    private ScraperTestHost(ServiceProvider services, FakeTimeProvider time)
    {
        Services = services;
        Time = time;
    }

    public ServiceProvider Services { get; }
    public FakeTimeProvider Time { get; }
    public ScraperStorage Storage => Services.GetRequiredService<ScraperStorage>();

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <param name="azurite">The shared emulator.</param>
    /// <param name="settings">Extra configuration (e.g. Sources:CatalogPath).</param>
    /// <param name="start">Initial fake time (UTC).</param>
    /// <param name="configure">Extra service registrations (e.g. a fault-injecting pipeline policy).</param>
    public static async Task<ScraperTestHost> StartAsync(
        AzuriteFixture azurite,
        IDictionary<string, string?>? settings = null,
        DateTimeOffset? start = null,
        Action<IServiceCollection>? configure = null)
    {
        var prefix = "t" + Guid.NewGuid().ToString("N")[..10];
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:ConnectionString"] = azurite.ConnectionString,
                ["Storage:NamePrefix"] = prefix,
                ["Fetching:MinHostDelay"] = "00:00:00",
                // Replayed pages are served from loopback.
                ["Fetching:BlockPrivateNetworks"] = "false",
                // A small valid catalogue; tests that poll point at their own replayed one.
                ["Sources:CatalogPath"] = Path.Combine(AppContext.BaseDirectory, "Pipeline", "Fixtures", "Pipeline", "sources.json"),
            })
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();
        var time = new FakeTimeProvider(start ?? new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero));
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<TimeProvider>(time);
        services.AddScraper(configuration);
        configure?.Invoke(services);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        await provider.GetRequiredService<ScraperStorage>().EnsureCreatedAsync(CancellationToken.None);
        return new ScraperTestHost(provider, time);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await Storage.DeleteAllAsync(CancellationToken.None);
        }
        finally
        {
            await Services.DisposeAsync();
        }
    }
}
