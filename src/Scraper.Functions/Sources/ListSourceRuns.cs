using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Scraper.Api;
using Scraper.Functions.Http;

namespace Scraper.Functions.Sources;

/// <summary>GET /api/sources/{id}/runs: recent runs, newest first (function key).</summary>
public sealed class ListSourceRuns(SourcesApi api)
{
    [Function(SourcesApiRoutes.ListSourceRuns)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "sources/{id}/runs")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        request.RouteValues["id"] = id;
        return new ApiActionResult(await api.RunsAsync(request, cancellationToken));
    }
}
