using Microsoft.Extensions.DependencyInjection;
using Scraper.Storage;
using Scraper.Webhooks.Delivery;

namespace Scraper.IntegrationTests.Webhooks;

/// <summary>
/// Plays the queue trigger: receives visible webhook-deliveries messages and processes them
/// concurrently (as the Functions host does with a batch), deleting each when handled.
/// </summary>
internal static class DeliveryQueueDrainer
{
    public static async Task<IReadOnlyList<DeliveryOutcome>> DrainAsync(IServiceProvider services, int maxRounds = 5)
    {
        var queue = services.GetRequiredService<ScraperStorage>().Queue(StorageNames.WebhookDeliveriesQueue);
        var processor = services.GetRequiredService<WebhookDeliveryProcessor>();
        var outcomes = new List<DeliveryOutcome>();
        for (var round = 0; round < maxRounds; round++)
        {
            var batch = (await queue.ReceiveMessagesAsync(32, TimeSpan.FromSeconds(60))).Value;
            if (batch.Length == 0)
            {
                break;
            }

            var results = await Task.WhenAll(batch.Select(async m =>
            {
                var outcome = await processor.ProcessAsync(m.MessageText, m.DequeueCount, CancellationToken.None);
                await queue.DeleteMessageAsync(m.MessageId, m.PopReceipt);
                return outcome;
            }));
            outcomes.AddRange(results.SelectMany(r => r));
        }

        return outcomes;
    }
}
