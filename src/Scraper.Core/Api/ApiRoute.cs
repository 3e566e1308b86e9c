using Microsoft.AspNetCore.Http;

namespace Scraper.Api;

/// <summary>
/// One HTTP route. The same handler serves the Azure Function (which binds the route and calls it)
/// and `scraper serve` (which maps every route on Kestrel), so behaviour cannot drift.
/// </summary>
/// <param name="Method">HTTP method.</param>
/// <param name="Pattern">Route pattern below /api, e.g. "diffs/{date}".</param>
/// <param name="Access">Key level required.</param>
/// <param name="Name">Operation id, also the Azure Function's name.</param>
/// <param name="Summary">One line for the OpenAPI document.</param>
/// <param name="Handler">The handler; route values are in request.RouteValues.</param>
/// <param name="Parameters">Query parameters, documented in OpenAPI.</param>
public sealed record ApiRoute(
    string Method,
    string Pattern,
    ApiAccess Access,
    string Name,
    string Summary,
    Func<HttpRequest, CancellationToken, Task<IResult>> Handler,
    IReadOnlyList<string>? Parameters = null);
