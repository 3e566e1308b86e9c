using Azure.Storage.Queues.Models;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Scraper.Polling;
using Scraper.Storage;

namespace Scraper.Cli.Local;

/// <summary>The queue-triggered functions' work, wired to local queue runners (same handlers as the Functions).</summary>
internal static class QueueHandlers
{
    public static IReadOnlyList<LocalQueueRunner> Create(IServiceProvider services)
    {
        var storage = services.GetRequiredService<ScraperStorage>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("Scraper.Cli.Queues");
        var poll = services.GetRequiredService<PollRequestHandler>();
        return
        [
            new LocalQueueRunner(storage, StorageNames.PollRequestsQueue, (QueueMessage m, CancellationToken ct) => poll.HandleAsync(m.Body.ToString(), ct), logger),
        ];
    }
}
