using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Scraper.Functions.Http;
using Scraper.Webhooks;

namespace Scraper.Functions.Webhooks;

/// <summary>GET /api/subscriptions/{id}: one webhook subscription (admin key).</summary>
public sealed class GetSubscription(SubscriptionsApi api)
{
    [Function(nameof(GetSubscription))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Admin, "get", Route = "subscriptions/{id}")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        request.RouteValues["id"] = id;
        return new ApiActionResult(await api.GetAsync(request, cancellationToken));
    }
}
