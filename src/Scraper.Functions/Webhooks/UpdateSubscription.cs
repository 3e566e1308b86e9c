using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Scraper.Functions.Http;
using Scraper.Webhooks;

namespace Scraper.Functions.Webhooks;

/// <summary>PATCH /api/subscriptions/{id}: changes a webhook subscription (admin key).</summary>
public sealed class UpdateSubscription(SubscriptionsApi api)
{
    [Function(nameof(UpdateSubscription))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Admin, "patch", Route = "subscriptions/{id}")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        request.RouteValues["id"] = id;
        return new ApiActionResult(await api.UpdateAsync(request, cancellationToken));
    }
}
