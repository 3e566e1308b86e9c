using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Scraper.Api;
using Scraper.Functions.Http;

namespace Scraper.Functions.Operations;

/// <summary>GET /api/openapi.json (anonymous).</summary>
public sealed class GetOpenApi(OpenApiDocument document)
{
    [Function(OpenApiRoutes.GetOpenApi)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "openapi.json")] HttpRequest request,
        CancellationToken cancellationToken) =>
        new ApiActionResult(await document.GetAsync(request, cancellationToken));
}
