using Scraper.Storage;

namespace Scraper.Webhooks.Delivery;

/// <summary>Sends delivery messages; a retry is a new message made invisible until it is due, so it survives restarts.</summary>
public sealed class DeliveryQueue(ScraperStorage storage)
{
    public async Task SendAsync(DeliveryMessage message, TimeSpan? delay, CancellationToken cancellationToken) =>
        await storage.Queue(StorageNames.WebhookDeliveriesQueue).SendMessageAsync(message.ToJson(), delay, cancellationToken: cancellationToken);
}
