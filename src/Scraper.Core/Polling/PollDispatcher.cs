using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Scraper.Sources;
using Scraper.Storage;

namespace Scraper.Polling;

/// <summary>
/// The timer's work: for every enabled source whose schedule has a slot since its last dispatch,
/// put one message on "poll-requests". The slot is recorded after the send, so a crash re-sends
/// (polls are idempotent) rather than skips.
/// </summary>
public sealed partial class PollDispatcher(
    ISourceCatalog catalog,
    ScraperStorage storage,
    SourceStateStore state,
    Scraper.Hosting.ScraperMetrics metrics,
    TimeProvider time,
    ILogger<PollDispatcher> logger)
{
    public async Task<IReadOnlyList<PollRequest>> DispatchDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var queue = storage.Queue(StorageNames.PollRequestsQueue);
        var sent = new List<PollRequest>();
        foreach (var source in await catalog.GetAllAsync(cancellationToken))
        {
            if (!source.Enabled)
            {
                continue;
            }

            var schedule = SourceSchedule.Parse(source.Schedule);
            var last = await state.GetLastDispatchedAsync(source.Id, cancellationToken);
            if (!schedule.IsDue(last, now))
            {
                continue;
            }

            var slot = schedule.LatestSlotAtOrBefore(now, last);
            var request = new PollRequest(source.Id, slot, RunIdFor(source.Id, slot));
            await queue.SendMessageAsync(JsonSerializer.Serialize(request, ScraperJson.Compact), cancellationToken);
            await state.SetLastDispatchedAsync(source.Id, slot, cancellationToken);
            sent.Add(request);
        }

        metrics.RecordDispatched(sent.Count);
        LogDispatched(logger, sent.Count, now);
        return sent;
    }

    /// <summary>Enqueues a poll of the given sources now, whatever their schedule (CLI `poll`, the demo).</summary>
    public async Task<IReadOnlyList<PollRequest>> DispatchNowAsync(IEnumerable<string>? sourceIds, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var wanted = sourceIds?.ToHashSet(StringComparer.Ordinal);
        var queue = storage.Queue(StorageNames.PollRequestsQueue);
        var sent = new List<PollRequest>();
        foreach (var source in await catalog.GetAllAsync(cancellationToken))
        {
            if ((wanted is null && !source.Enabled) || (wanted is not null && !wanted.Contains(source.Id)))
            {
                continue;
            }

            var request = new PollRequest(source.Id, now, RunIdFor(source.Id, now));
            await queue.SendMessageAsync(JsonSerializer.Serialize(request, ScraperJson.Compact), cancellationToken);
            sent.Add(request);
        }

        return sent;
    }

    /// <summary>Deterministic run id: a re-sent message for the same slot is the same run.</summary>
    public static string RunIdFor(string sourceId, DateTimeOffset slot) =>
        string.Create(CultureInfo.InvariantCulture, $"{sourceId}-{slot.UtcDateTime:yyyyMMddTHHmmssZ}");

    [LoggerMessage(Level = LogLevel.Information, Message = "Dispatched {Count} poll requests at {Now}")]
    private static partial void LogDispatched(ILogger logger, int count, DateTimeOffset now);
}
