using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Scraper.Api;
using Scraper.Functions.Http;

namespace Scraper.Functions.Sources;

/// <summary>PUT /api/sources/{id}: create or replace a runtime override (admin key).</summary>
public sealed class PutSource(SourcesApi api)
{
    [Function(SourcesApiRoutes.PutSource)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Admin, "put", Route = "sources/{id}")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        request.RouteValues["id"] = id;
        return new ApiActionResult(await api.PutAsync(request, cancellationToken));
    }
}
