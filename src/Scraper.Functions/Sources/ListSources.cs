using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Scraper.Api;
using Scraper.Functions.Http;

namespace Scraper.Functions.Sources;

/// <summary>GET /api/sources: every source with its health status (function key).</summary>
public sealed class ListSources(SourcesApi api)
{
    [Function(SourcesApiRoutes.ListSources)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "sources")] HttpRequest request,
        CancellationToken cancellationToken) =>
        new ApiActionResult(await api.ListAsync(request, cancellationToken));
}
