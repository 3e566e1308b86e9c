using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Scraper.Functions.Http;
using Scraper.Webhooks;

namespace Scraper.Functions.Webhooks;

/// <summary>POST /api/subscriptions: registers a webhook endpoint; answers its secret once (admin key).</summary>
public sealed class CreateSubscription(SubscriptionsApi api)
{
    [Function(nameof(CreateSubscription))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Admin, "post", Route = "subscriptions")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        return new ApiActionResult(await api.CreateAsync(request, cancellationToken));
    }
}
