using Microsoft.Azure.Functions.Worker;
using Scraper.Polling;
using Scraper.Storage;

namespace Scraper.Functions.Polling;

/// <summary>Queue poll-requests: fetch → parse → extract → store for one source.</summary>
public sealed class PollSource(PollRequestHandler handler)
{
    [Function(nameof(PollSource))]
    public Task Run([QueueTrigger(StorageNames.PollRequestsQueue)] string message, CancellationToken cancellationToken) =>
        handler.HandleAsync(message, cancellationToken);
}
