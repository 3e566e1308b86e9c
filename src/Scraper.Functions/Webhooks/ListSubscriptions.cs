using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Scraper.Functions.Http;
using Scraper.Webhooks;

namespace Scraper.Functions.Webhooks;

/// <summary>GET /api/subscriptions: lists webhook subscriptions (admin key).</summary>
public sealed class ListSubscriptions(SubscriptionsApi api)
{
    [Function(nameof(ListSubscriptions))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Admin, "get", Route = "subscriptions")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        return new ApiActionResult(await api.ListAsync(request, cancellationToken));
    }
}
