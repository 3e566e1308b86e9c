using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Scraper.Api;
using Scraper.Functions.Http;

namespace Scraper.Functions.Claims;

/// <summary>GET /api/claims?changed_since=...: catch-up list of claim changes.</summary>
public sealed class ListChangedClaims(ClaimsApi api)
{
    [Function(ClaimsApiRoutes.ListChangedClaims)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "claims")] HttpRequest request,
        CancellationToken cancellationToken) =>
        new ApiActionResult(await api.ListChangedAsync(request, cancellationToken));
}
