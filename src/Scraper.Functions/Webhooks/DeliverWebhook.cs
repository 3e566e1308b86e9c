using System.Globalization;
using Microsoft.Azure.Functions.Worker;
using Scraper.Storage;
using Scraper.Webhooks.Delivery;

namespace Scraper.Functions.Webhooks;

/// <summary>
/// Queue webhook-deliveries: one signed attempt per message. Receiver failures never throw (retries
/// are new delayed messages), so the host's own retries and poison queue only cover storage outages.
/// The host runs a batch of messages concurrently, so one slow receiver does not hold up others.
/// </summary>
public sealed class DeliverWebhook(WebhookDeliveryProcessor processor)
{
    [Function(nameof(DeliverWebhook))]
    public Task Run([QueueTrigger(StorageNames.WebhookDeliveriesQueue)] string message, FunctionContext context, CancellationToken cancellationToken)
    {
        var dequeueCount = context.BindingContext.BindingData.TryGetValue("DequeueCount", out var d)
            && long.TryParse(Convert.ToString(d, CultureInfo.InvariantCulture), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 1;
        return processor.ProcessAsync(message, dequeueCount, cancellationToken);
    }
}
