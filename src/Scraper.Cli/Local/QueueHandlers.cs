using Azure.Storage.Queues.Models;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Scraper.Polling;
using Scraper.Storage;
using Scraper.Webhooks.Delivery;

namespace Scraper.Cli.Local;

/// <summary>The queue-triggered functions' work, wired to local queue runners (same handlers as the Functions).</summary>
internal static class QueueHandlers
{
    public static IReadOnlyList<LocalQueueRunner> Create(IServiceProvider services)
    {
        var storage = services.GetRequiredService<ScraperStorage>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("Scraper.Cli.Queues");
        var poll = services.GetRequiredService<PollRequestHandler>();
        var deliveries = services.GetRequiredService<WebhookDeliveryProcessor>();
        return
        [
            new LocalQueueRunner(storage, StorageNames.PollRequestsQueue, (QueueMessage m, CancellationToken ct) => poll.HandleAsync(m.Body.ToString(), ct), logger),
            new LocalQueueRunner(storage, StorageNames.WebhookDeliveriesQueue, (QueueMessage m, CancellationToken ct) => deliveries.ProcessAsync(m.Body.ToString(), m.DequeueCount, ct), logger),
        ];
    }
}
