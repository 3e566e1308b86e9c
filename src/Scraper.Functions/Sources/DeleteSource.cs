using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Scraper.Api;
using Scraper.Functions.Http;

namespace Scraper.Functions.Sources;

/// <summary>DELETE /api/sources/{id}: remove a runtime override (admin key).</summary>
public sealed class DeleteSource(SourcesApi api)
{
    [Function(SourcesApiRoutes.DeleteSource)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Admin, "delete", Route = "sources/{id}")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        request.RouteValues["id"] = id;
        return new ApiActionResult(await api.DeleteAsync(request, cancellationToken));
    }
}
