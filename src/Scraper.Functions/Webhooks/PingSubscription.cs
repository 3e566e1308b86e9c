using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Scraper.Functions.Http;
using Scraper.Webhooks;

namespace Scraper.Functions.Webhooks;

/// <summary>POST /api/subscriptions/{id}/ping: queues a webhook.ping event (admin key).</summary>
public sealed class PingSubscription(SubscriptionsApi api)
{
    [Function(nameof(PingSubscription))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Admin, "post", Route = "subscriptions/{id}/ping")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        request.RouteValues["id"] = id;
        return new ApiActionResult(await api.PingAsync(request, cancellationToken));
    }
}
