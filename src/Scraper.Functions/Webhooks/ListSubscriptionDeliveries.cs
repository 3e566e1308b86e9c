using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Scraper.Functions.Http;
using Scraper.Webhooks;

namespace Scraper.Functions.Webhooks;

/// <summary>GET /api/subscriptions/{id}/deliveries: the delivery log (admin key).</summary>
public sealed class ListSubscriptionDeliveries(SubscriptionsApi api)
{
    [Function(nameof(ListSubscriptionDeliveries))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Admin, "get", Route = "subscriptions/{id}/deliveries")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        request.RouteValues["id"] = id;
        return new ApiActionResult(await api.ListDeliveriesAsync(request, cancellationToken));
    }
}
