using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;
using Scraper.Webhooks;
using Scraper.Webhooks.Delivery;

namespace Scraper.Functions.Webhooks;

/// <summary>Timer (daily 03:30 UTC): deletes delivery log entries older than Webhooks:DeliveryLogRetention (30 days).</summary>
public sealed class PurgeWebhookDeliveries(DeliveryLogStore log, IOptions<WebhookOptions> options, TimeProvider time)
{
    [Function(nameof(PurgeWebhookDeliveries))]
    public Task Run([TimerTrigger("0 30 3 * * *")] TimerInfo timer, CancellationToken cancellationToken) =>
        log.PurgeAsync(time.GetUtcNow() - options.Value.DeliveryLogRetention, cancellationToken);
}
