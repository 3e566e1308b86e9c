using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Scraper.Api;
using Scraper.Claims;
using Scraper.Diffs;
using Scraper.Diffs.Formats;
using Scraper.Extraction;
using Scraper.Fetching;
using Scraper.Polling;
using Scraper.Sources;
using Scraper.Sources.Adapters;
using Scraper.Storage;
using Scraper.Webhooks;

namespace Scraper.Hosting;

/// <summary>The one registration entry point, shared by the Functions app, the CLI and the tests.</summary>
public static class ScraperServiceCollectionExtensions
{
    public static IServiceCollection AddScraper(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics(); // Meter "Scraper"; exporters are wired by each host (Functions app: AddScraperTelemetry)
        services.TryAddSingleton<ScraperMetrics>();

        services.AddOptions<ScheduleOptions>().Bind(configuration).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ScheduleOptions>, ScheduleOptionsValidator>();
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IPostConfigureOptions<StorageOptions>>(new StorageOptionsSetup(configuration));
        services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>();
        services.AddOptions<SourcesOptions>().Bind(configuration.GetSection(SourcesOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SourcesOptions>, SourcesOptionsValidator>();
        services.AddOptions<FetchOptions>().Bind(configuration.GetSection(FetchOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<FetchOptions>, FetchOptionsValidator>();

        // Storage
        services.AddSingleton<ScraperStorage>();
        services.AddSingleton<ClaimStore>();
        services.AddSingleton<ChangeLogStore>();
        services.AddSingleton<DocumentStore>();
        services.AddSingleton<RunStore>();
        services.AddSingleton<SourceStateStore>();
        services.AddSingleton<IHttpValidatorStore>(sp => sp.GetRequiredService<SourceStateStore>());
        services.AddSingleton<ISnapshotStore, BlobSnapshotStore>();
        services.AddSingleton<DayIndexStore>();

        // Sources and fetching
        services.AddSingleton<FileSourceCatalog>();
        services.AddSingleton<SourceOverrideStore>();
        services.AddSingleton<LayeredSourceCatalog>();
        services.TryAddSingleton<ISourceCatalog>(sp => sp.GetRequiredService<LayeredSourceCatalog>());
        services.AddSingleton<SourcesApi>();
        services.AddSingleton<IApiRouteProvider, SourcesApiRoutes>();
        services.AddSingleton<HostThrottle>();
        services.AddSingleton<RobotsTxtCache>();
        services.AddScraperFetchClient();
        services.AddSingleton<IPageFetcher, HttpPageFetcher>();
        // Adapters (one line each; the catalogue's "adapter" value picks one by Name)
        services.AddSingleton<IAdapterCursorStore, TableAdapterCursorStore>();
        services.AddSingleton<ISourceAdapter, RssSourceAdapter>();
        services.AddSingleton<ISourceAdapter, HtmlSourceAdapter>();
        services.AddSingleton<ISourceAdapter, TelegramSourceAdapter>();
        services.AddSingleton<ISourceAdapter, SitemapSourceAdapter>();
        services.AddSingleton<ISourceAdapter, GdeltSourceAdapter>();
        services.AddSingleton<SourceAdapterRegistry>();

        // Extraction and claims
        services.TryAddSingleton<IClaimExtractor>(_ => new StrikeClaimExtractor());
        services.AddSingleton<ClaimCommitter>();
        services.AddSingleton<ClaimIngestor>();
        services.AddSingleton<SourcePoller>();
        services.AddSingleton<PollDispatcher>();
        services.AddSingleton<PollRequestHandler>();

        // Diffs and API
        services.AddOptions<DiffOptions>().Bind(configuration.GetSection(DiffOptions.SectionName));
        services.AddOptions<ApiOptions>().Bind(configuration.GetSection(ApiOptions.SectionName));
        services.AddSingleton<IDiffWriter, JsonDiffWriter>();
        services.AddSingleton<IDiffWriter, NdjsonDiffWriter>();
        services.AddSingleton<IDiffWriter, CsvDiffWriter>();
        services.AddSingleton<IDiffWriter, GeoJsonDiffWriter>();
        services.AddSingleton<DailyDiffService>();
        services.AddSingleton<DiffPublisher>();
        services.AddSingleton<DiffApi>();
        services.AddSingleton<IApiRouteProvider, DiffApiRoutes>();
        services.AddSingleton<ClaimsApi>();
        services.AddSingleton<IApiRouteProvider, ClaimsApiRoutes>();
        services.AddSingleton<HealthApi>();
        services.AddSingleton<OpenApiDocument>();
        services.AddSingleton<IApiRouteProvider, HealthApiRoutes>();
        services.AddSingleton<IApiRouteProvider, OpenApiRoutes>();

        // Webhooks (subscriptions API, fan-out sink, delivery processor): see Webhooks/
        services.AddScraperWebhooks(configuration);

        return services;
    }
}
