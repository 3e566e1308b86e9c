namespace Scraper.Api;

/// <summary>A concern's routes (diffs, claims, sources, subscriptions); registered in DI.</summary>
public interface IApiRouteProvider
{
    IEnumerable<ApiRoute> GetRoutes();
}
