using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Scraper.Fetching;

namespace Scraper.IntegrationTests.Fetching;

/// <summary>The real fetcher, wired as AddScraper wires it, with timings shortened for tests.</summary>
public sealed class TestFetcher : IDisposable
{
    private readonly ServiceProvider _services;

    public TestFetcher(Action<FetchOptions>? configure = null, IHttpValidatorStore? validators = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddOptions<FetchOptions>()
            .Configure(o =>
            {
                o.MinHostDelay = TimeSpan.FromMilliseconds(20);
                o.RetryBaseDelay = TimeSpan.FromMilliseconds(50);
                o.AttemptTimeout = TimeSpan.FromSeconds(1);
                o.TotalTimeout = TimeSpan.FromSeconds(3);
                o.MaxBodyBytes = 1024 * 1024;
                o.MaxInlineRetryAfter = TimeSpan.FromSeconds(2);
                o.BlockPrivateNetworks = false; // the test servers listen on loopback
                configure?.Invoke(o);
            })
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<HostThrottle>();
        services.AddSingleton<RobotsTxtCache>();
        services.AddScraperFetchClient();
        services.AddSingleton<IHttpValidatorStore>(validators ?? new NoStoredValidators());
        services.AddSingleton<IPageFetcher, HttpPageFetcher>();
        _services = services.BuildServiceProvider();
        _ = _services.GetRequiredService<IOptions<FetchOptions>>().Value;
    }

    public IPageFetcher Fetcher => _services.GetRequiredService<IPageFetcher>();

    public HostThrottle Throttle => _services.GetRequiredService<HostThrottle>();

    public Task<FetchResult> FetchAsync(Uri url, bool isHtmlPage = false) =>
        Fetcher.FetchAsync(new FetchRequest(url, "test-source", IsHtmlPage: isHtmlPage), CancellationToken.None);

    public void Dispose() => _services.Dispose();
}

/// <summary>Validators handed in as a previous poll would have committed them.</summary>
public sealed class KnownValidators(HttpValidators validators) : IHttpValidatorStore
{
    public Task<HttpValidators?> GetAsync(string sourceId, Uri url, CancellationToken cancellationToken) => Task.FromResult<HttpValidators?>(validators);

    public Task SetAsync(string sourceId, Uri url, HttpValidators validators, CancellationToken cancellationToken) => Task.CompletedTask;
}
