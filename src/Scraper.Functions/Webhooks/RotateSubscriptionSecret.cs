using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Scraper.Functions.Http;
using Scraper.Webhooks;

namespace Scraper.Functions.Webhooks;

/// <summary>POST /api/subscriptions/{id}/rotate-secret: new signing secret, old one valid 24 h (admin key).</summary>
public sealed class RotateSubscriptionSecret(SubscriptionsApi api)
{
    [Function(nameof(RotateSubscriptionSecret))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Admin, "post", Route = "subscriptions/{id}/rotate-secret")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        request.RouteValues["id"] = id;
        return new ApiActionResult(await api.RotateSecretAsync(request, cancellationToken));
    }
}
