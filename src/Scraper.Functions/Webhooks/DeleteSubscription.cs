using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Scraper.Functions.Http;
using Scraper.Webhooks;

namespace Scraper.Functions.Webhooks;

/// <summary>DELETE /api/subscriptions/{id}: deletes a webhook subscription (admin key).</summary>
public sealed class DeleteSubscription(SubscriptionsApi api)
{
    [Function(nameof(DeleteSubscription))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Admin, "delete", Route = "subscriptions/{id}")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        request.RouteValues["id"] = id;
        return new ApiActionResult(await api.DeleteAsync(request, cancellationToken));
    }
}
