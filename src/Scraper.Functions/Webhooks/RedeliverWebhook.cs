using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Scraper.Functions.Http;
using Scraper.Webhooks;

namespace Scraper.Functions.Webhooks;

/// <summary>POST /api/subscriptions/{id}/deliveries/{deliveryId}/redeliver: sends a delivery again (admin key).</summary>
public sealed class RedeliverWebhook(SubscriptionsApi api)
{
    [Function(nameof(RedeliverWebhook))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Admin, "post", Route = "subscriptions/{id}/deliveries/{deliveryId}/redeliver")] HttpRequest request,
        string id,
        string deliveryId,
        CancellationToken cancellationToken)
    {
        request.RouteValues["id"] = id;
        request.RouteValues["deliveryId"] = deliveryId;
        return new ApiActionResult(await api.RedeliverAsync(request, cancellationToken));
    }
}
