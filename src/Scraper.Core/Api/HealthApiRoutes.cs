namespace Scraper.Api;

/// <summary>Route of the health probe (anonymous: uptime monitors hold no keys).</summary>
public sealed class HealthApiRoutes(HealthApi api) : IApiRouteProvider
{
    public const string GetHealth = nameof(GetHealth);

    public IEnumerable<ApiRoute> GetRoutes() =>
    [
        new("GET", "health", ApiAccess.Anonymous, GetHealth, "Storage reachability, queue and poison-queue lengths, last successful run per source", api.GetAsync),
    ];
}
