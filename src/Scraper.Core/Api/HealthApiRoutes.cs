namespace Scraper.Api;

/// <summary>Health and the OpenAPI document (both anonymous).</summary>
public sealed class HealthApiRoutes(HealthApi health, OpenApiDocument openApi) : IApiRouteProvider
{
    public const string GetHealth = nameof(GetHealth);
    public const string GetOpenApi = nameof(GetOpenApi);

    public IEnumerable<ApiRoute> GetRoutes() =>
    [
        new("GET", "health", ApiAccess.Anonymous, GetHealth, "Storage reachability and the last successful run per source", health.GetAsync),
        new("GET", "openapi.json", ApiAccess.Anonymous, GetOpenApi, "This API as an OpenAPI 3.0 document", openApi.GetAsync),
    ];
}
