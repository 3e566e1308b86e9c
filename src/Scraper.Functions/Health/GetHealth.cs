using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Scraper.Api;
using Scraper.Functions.Http;

namespace Scraper.Functions.Health;

/// <summary>GET /api/health: storage reachability and the last successful run per source.</summary>
public sealed class GetHealth(HealthApi api)
{
    [Function(HealthApiRoutes.GetHealth)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest request,
        CancellationToken cancellationToken) =>
        new ApiActionResult(await api.GetAsync(request, cancellationToken));
}
