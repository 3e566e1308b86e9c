using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Scraper.Api;
using Scraper.Functions.Http;

namespace Scraper.Functions.Claims;

/// <summary>GET /api/claims/{id}: a claim with history, evidence and supporting documents.</summary>
public sealed class GetClaim(ClaimsApi api)
{
    [Function(ClaimsApiRoutes.GetClaim)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "claims/{id}")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        request.RouteValues["id"] = id;
        return new ApiActionResult(await api.GetAsync(request, cancellationToken));
    }
}
