namespace Scraper.Api;

/// <summary>Route of the OpenAPI document (anonymous, like the health probe).</summary>
public sealed class OpenApiRoutes(OpenApiDocument document) : IApiRouteProvider
{
    public const string GetOpenApi = nameof(GetOpenApi);

    public IEnumerable<ApiRoute> GetRoutes() =>
    [
        new("GET", "openapi.json", ApiAccess.Anonymous, GetOpenApi, "This API as an OpenAPI 3.0 document", document.GetAsync),
    ];
}
