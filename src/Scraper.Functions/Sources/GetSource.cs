using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Scraper.Api;
using Scraper.Functions.Http;

namespace Scraper.Functions.Sources;

/// <summary>GET /api/sources/{id}: effective definition, origin and health (admin key).</summary>
public sealed class GetSource(SourcesApi api)
{
    [Function(SourcesApiRoutes.GetSource)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Admin, "get", Route = "sources/{id}")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        request.RouteValues["id"] = id;
        return new ApiActionResult(await api.GetAsync(request, cancellationToken));
    }
}
