using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Scraper.Api;
using Scraper.Functions.Http;

namespace Scraper.Functions.Diffs;

/// <summary>GET /api/diffs: manifest of published days.</summary>
public sealed class GetDiffManifest(DiffApi api)
{
    [Function(DiffApiRoutes.GetDiffManifest)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "diffs")] HttpRequest request,
        CancellationToken cancellationToken) =>
        new ApiActionResult(await api.GetManifestAsync(request, cancellationToken));
}
