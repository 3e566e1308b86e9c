using System.Diagnostics;
using Azure;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Scraper.Claims;
using Scraper.Fetching;
using Scraper.Sources;
using Scraper.Sources.Adapters;
using Scraper.Storage;

namespace Scraper.Polling;

/// <summary>
/// Runs fetch → parse → extract → store for one source. Expected failures (unreachable host, broken
/// feed) end as a failed run record, never as an exception, so one source never stops the others.
/// </summary>
public sealed partial class SourcePoller(
    ISourceCatalog catalog,
    SourceAdapterRegistry adapters,
    IPageFetcher fetcher,
    IAdapterCursorStore cursors,
    ClaimIngestor ingestor,
    RunStore runs,
    IOptions<StorageOptions> storageOptions,
    SourceStateStore state,
    IEnumerable<ISourceHealthSink> healthSinks,
    TimeProvider time,
    ILogger<SourcePoller> logger)
{
    public async Task<PollOutcome?> PollAsync(PollRequest request, CancellationToken cancellationToken)
    {
        var source = await catalog.FindAsync(request.SourceId, cancellationToken);
        if (source is null)
        {
            LogUnknownSource(logger, request.SourceId);
            return null;
        }

        using var scope = RunScope(logger, source.Id, request.RunId);
        var started = time.GetUtcNow();
        var clock = time.GetTimestamp();
        LogPollStarted(logger, source.Id, source.Adapter);

        SourceReadResult read;
        var adapter = adapters.Find(source.Adapter);
        read = adapter is null
            ? SourceReadResult.Failed($"no adapter named '{source.Adapter}'")
            : await adapter.ReadAsync(source, cancellationToken);

        int itemsNew = 0, itemsChanged = 0, itemsUnchanged = 0;
        var changes = new List<ClaimChange>();
        if (read.IsSuccess)
        {
            var outcome = await ingestor.IngestBatchAsync(source, read.Documents, read.DeletedItemIds, cancellationToken);
            (itemsNew, itemsChanged, itemsUnchanged) = (outcome.New, outcome.Changed, outcome.Unchanged);
            changes.AddRange(outcome.Changes);

            // Validators and cursors last: a crash before this point means the next run reads again.
            foreach (var fetch in read.Fetches.Where(f => f.IsSuccess && !f.NotModified))
            {
                await fetcher.CommitValidatorsAsync(source.Id, fetch, cancellationToken);
            }

            foreach (var cursor in read.Cursors)
            {
                await cursors.SetAsync(source.Id, cursor.Key, cursor.Value, cancellationToken);
            }
        }

        var run = new RunRecord
        {
            SourceId = source.Id,
            RunId = request.RunId,
            Started = started,
            Duration = time.GetElapsedTime(clock),
            HttpStatus = read.HttpStatus,
            Bytes = read.Bytes,
            ItemsNew = itemsNew,
            ItemsChanged = itemsChanged,
            ItemsUnchanged = itemsUnchanged,
            ClaimChanges = changes.Count,
            NotModified = read.NotModified,
            Error = read.Error,
        };
        await runs.SaveAsync(run, cancellationToken);
        await PruneRunsAsync(source.Id, started, cancellationToken);
        await UpdateHealthAsync(source, run, itemsNew + itemsChanged > 0, cancellationToken);

        var outcome2 = new PollOutcome(
            run,
            changes.Count(c => c.Kind == ChangeKind.Added),
            changes.Count(c => c.Kind == ChangeKind.Changed),
            changes.Count(c => c.Kind == ChangeKind.Removed));
        if (run.Succeeded)
        {
            LogPollSucceeded(logger, source.Id, read.Documents.Count, itemsNew, itemsChanged, outcome2.ClaimsAdded, outcome2.ClaimsChanged, outcome2.ClaimsRemoved, run.Duration.TotalMilliseconds);
        }
        else
        {
            LogPollFailed(logger, source.Id, run.Error!);
        }

        return outcome2;
    }

    /// <summary>Old run records go as new ones come; housekeeping, so a storage fault here only logs.</summary>
    private async Task PruneRunsAsync(string sourceId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        try
        {
            var pruned = await runs.PruneAsync(sourceId, now - storageOptions.Value.RunRetention, cancellationToken);
            if (pruned > 0)
            {
                LogRunsPruned(logger, sourceId, pruned);
            }
        }
        catch (RequestFailedException ex)
        {
            LogRunPruneFailed(logger, ex, sourceId);
        }
    }

    private async Task UpdateHealthAsync(SourceDefinition source, RunRecord run, bool anythingNew, CancellationToken cancellationToken)
    {
        var h = await state.GetHealthAsync(source.Id, cancellationToken);
        var now = time.GetUtcNow();
        var next = run.Succeeded
            ? h with { ConsecutiveFailures = 0, LastRun = now, LastSuccess = now, LastNewItem = anythingNew ? now : h.LastNewItem ?? now, LastError = null }
            : h with { ConsecutiveFailures = h.ConsecutiveFailures + 1, LastRun = now, LastError = run.Error };
        await state.SetHealthAsync(next, cancellationToken);
        if (next.IsFailing != h.IsFailing)
        {
            if (next.IsFailing)
            {
                LogSourceFailing(logger, source.Id, next.ConsecutiveFailures, run.Error ?? "");
            }
            else
            {
                LogSourceRecovered(logger, source.Id);
            }

            foreach (var sink in healthSinks)
            {
                await sink.OnHealthTransitionAsync(next, next.IsFailing, cancellationToken);
            }
        }
    }

    /// <summary>One log scope per source run, so every line of the run carries the source and run ids.</summary>
    private static readonly Func<ILogger, string, string, IDisposable?> RunScope =
        LoggerMessage.DefineScope<string, string>("Source {SourceId} run {RunId}");

    [LoggerMessage(Level = LogLevel.Warning, Message = "Poll request for unknown source {SourceId} ignored")]
    private static partial void LogUnknownSource(ILogger logger, string sourceId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Polling {SourceId} with adapter {Adapter}")]
    private static partial void LogPollStarted(ILogger logger, string sourceId, string adapter);

    [LoggerMessage(Level = LogLevel.Information, Message = "Polled {SourceId}: {Items} items ({New} new, {Changed} changed); claims +{Added} ~{ClaimsChanged} -{Removed} in {DurationMs} ms")]
    private static partial void LogPollSucceeded(ILogger logger, string sourceId, int items, int @new, int changed, int added, int claimsChanged, int removed, double durationMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Poll of {SourceId} failed: {Error}")]
    private static partial void LogPollFailed(ILogger logger, string sourceId, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Source {SourceId} recovered")]
    private static partial void LogSourceRecovered(ILogger logger, string sourceId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Source {SourceId} is failing: {Failures} consecutive failed runs, last error {Error}")]
    private static partial void LogSourceFailing(ILogger logger, string sourceId, int failures, string error);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Pruned {Count} old run records of {SourceId}")]
    private static partial void LogRunsPruned(ILogger logger, string sourceId, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Pruning old run records of {SourceId} failed; retried on the next poll")]
    private static partial void LogRunPruneFailed(ILogger logger, Exception exception, string sourceId);
}
