using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Scraper.Api;
using Scraper.Functions.Http;

namespace Scraper.Functions.Diffs;

/// <summary>GET /api/diffs/latest: newest published day.</summary>
public sealed class GetLatestDiff(DiffApi api)
{
    [Function(DiffApiRoutes.GetLatestDiff)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "diffs/latest")] HttpRequest request,
        CancellationToken cancellationToken) =>
        new ApiActionResult(await api.GetLatestAsync(request, cancellationToken));
}
