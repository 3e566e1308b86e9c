using Azure;
using Azure.Data.Tables;
using Azure.Identity;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Scraper.Sources;
using Scraper.Storage;

namespace Scraper.Api;

/// <summary>
/// GET /api/health: can the app reach its storage (one cheap call per service), how long are the work
/// and poison queues, and when did each source last succeed. 503 only when storage is unreachable, so
/// an uptime probe pages on outages while a failing source shows as "degraded" in the body.
/// </summary>
public sealed partial class HealthApi(ScraperStorage storage, ISourceCatalog catalog, SourceStateStore state, TimeProvider time, ILogger<HealthApi> logger)
{
    private const int ParallelReads = 16;

    public async Task<IResult> GetAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var storageHealth = await CheckStorageAsync(cancellationToken);
        var sources = storageHealth.Reachable ? await ReadSourcesAsync(cancellationToken) : [];
        var status = !storageHealth.Reachable ? "unhealthy"
            : sources.Any(s => s.Enabled && (s.Failing || s.Silent)) ? "degraded"
            : "healthy";
        var report = new HealthReport(status, time.GetUtcNow(), storageHealth, sources);
        return Results.Json(report, ScraperJson.Api, statusCode: storageHealth.Reachable ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }

    private async Task<StorageHealth> CheckStorageAsync(CancellationToken cancellationToken)
    {
        try
        {
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {"-"}");
            await foreach (var _ in storage.Table(StorageNames.SourceStateTable).QueryAsync<TableEntity>(filter, maxPerPage: 1, select: ["PartitionKey"], cancellationToken: cancellationToken))
            {
                break;
            }

            await storage.Container(StorageNames.SnapshotsContainer).GetPropertiesAsync(cancellationToken: cancellationToken);
            return new StorageHealth(
                true,
                null,
                await QueueLengthAsync(StorageNames.PollRequestsQueue, cancellationToken),
                await QueueLengthAsync(StorageNames.Poison(StorageNames.PollRequestsQueue), cancellationToken),
                await QueueLengthAsync(StorageNames.WebhookDeliveriesQueue, cancellationToken),
                await QueueLengthAsync(StorageNames.Poison(StorageNames.WebhookDeliveriesQueue), cancellationToken));
        }
        catch (RequestFailedException ex)
        {
            LogStorageUnreachable(logger, ex.Status, ex.ErrorCode ?? "", ex.Message);
            return Unreachable($"storage answered {ex.Status} {ex.ErrorCode}");
        }
        catch (AuthenticationFailedException ex)
        {
            LogStorageUnreachable(logger, 0, "AuthenticationFailed", ex.Message);
            return Unreachable("no token for storage (managed identity or credentials)");
        }
    }

    private async Task<int> QueueLengthAsync(string queue, CancellationToken cancellationToken) =>
        (await storage.Queue(queue).GetPropertiesAsync(cancellationToken)).Value.ApproximateMessagesCount;

    private async Task<IReadOnlyList<SourceHealthReport>> ReadSourcesAsync(CancellationToken cancellationToken)
    {
        var sources = await catalog.GetAllAsync(cancellationToken);
        var now = time.GetUtcNow();
        var reports = new SourceHealthReport[sources.Count];
        await Parallel.ForAsync(0, sources.Count, new ParallelOptions { MaxDegreeOfParallelism = ParallelReads, CancellationToken = cancellationToken }, async (i, ct) =>
        {
            var source = sources[i];
            var h = await state.GetHealthAsync(source.Id, ct);
            reports[i] = new SourceHealthReport(
                source.Id, source.Enabled, h.LastRun, h.LastSuccess, h.LastNewItem, h.ConsecutiveFailures,
                h.IsFailing, h.IsSilent(source.ExpectedUpdatePeriod, now), h.LastError);
        });
        return reports;
    }

    private static StorageHealth Unreachable(string error) => new(false, error, null, null, null, null);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Health check: storage unreachable ({Status} {ErrorCode}): {Error}")]
    private static partial void LogStorageUnreachable(ILogger logger, int status, string errorCode, string error);
}
