using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Scraper.Storage;

namespace Scraper.Webhooks.Delivery;

/// <summary>
/// Table "Deliveries": PartitionKey = subscription id, RowKey = delivery id (deterministic from the
/// subscription and event ids, so a repeated fan-out finds the existing row). The body is split
/// over several properties (a table string property holds at most 32 K characters).
/// </summary>
public sealed partial class DeliveryLogStore(ScraperStorage storage)
{
    private const int ChunkChars = 30_000;

    private TableClient Table => storage.Table(StorageNames.DeliveriesTable);

    /// <summary>Adds new records; returns the ones that need a queue message (new, or existing but never attempted).</summary>
    public async Task<IReadOnlyList<DeliveryRecord>> AddNewAsync(IReadOnlyList<DeliveryRecord> records, CancellationToken cancellationToken)
    {
        var toSend = new List<DeliveryRecord>(records.Count);
        foreach (var group in records.GroupBy(r => r.SubscriptionId))
        {
            foreach (var batch in Batches(group))
            {
                try
                {
                    await Table.SubmitTransactionAsync(batch.Select(r => new TableTransactionAction(TableTransactionActionType.Add, ToEntity(r))), cancellationToken);
                    toSend.AddRange(batch);
                }
                catch (TableTransactionFailedException)
                {
                    // Some already exist (a repeated fan-out): add one by one.
                    foreach (var r in batch)
                    {
                        if (await AddOrFindUnsentAsync(r, cancellationToken) is { } pending)
                        {
                            toSend.Add(pending);
                        }
                    }
                }
            }
        }

        return toSend;
    }

    public async Task<(DeliveryRecord Record, ETag ETag)?> GetAsync(string subscriptionId, string deliveryId, CancellationToken cancellationToken)
    {
        var r = await Table.GetEntityIfExistsAsync<TableEntity>(subscriptionId, deliveryId, cancellationToken: cancellationToken);
        return r.HasValue && r.Value is not null ? (FromEntity(r.Value), r.Value.ETag) : null;
    }

    /// <summary>Replaces the record if nobody changed it since it was read; false when someone did.</summary>
    public async Task<bool> TryUpdateAsync(DeliveryRecord record, ETag etag, CancellationToken cancellationToken)
    {
        try
        {
            await Table.UpdateEntityAsync(ToEntity(record), etag, TableUpdateMode.Replace, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 412 or 404)
        {
            return false;
        }
    }

    /// <summary>
    /// Logs an attempt without reading the record first (first attempts from a fan-out message that
    /// carried the body): merges the attempt's own property and the new state.
    /// </summary>
    public async Task MergeAttemptAsync(DeliveryRecord updated, DeliveryAttempt attempt, CancellationToken cancellationToken)
    {
        var e = new TableEntity(updated.SubscriptionId, updated.DeliveryId)
        {
            ["Status"] = updated.Status.ToString(),
            ["Token"] = updated.Token,
            ["NextAttemptTicks"] = updated.NextAttemptAt?.UtcTicks ?? 0L,
            [AttemptKey(attempt.Number)] = JsonSerializer.Serialize(attempt, ScraperJson.Compact),
        };
        try
        {
            await Table.UpdateEntityAsync(e, ETag.All, TableUpdateMode.Merge, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // Purged or its subscription deleted meanwhile: nothing to log against.
        }
    }

    /// <summary>A subscription's deliveries created since <paramref name="since"/>, newest first.</summary>
    public async Task<IReadOnlyList<DeliveryRecord>> ListAsync(string subscriptionId, DateTimeOffset since, int limit, CancellationToken cancellationToken)
    {
        var list = new List<DeliveryRecord>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {subscriptionId} and CreatedAt ge {since}");
        await foreach (var e in Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            list.Add(FromEntity(e));
        }

        return list.OrderByDescending(r => r.CreatedAt).ThenBy(r => r.DeliveryId, StringComparer.Ordinal).Take(limit).ToList();
    }

    /// <summary>Deletes records older than the retention (for a daily timer); returns how many.</summary>
    public async Task<int> PurgeAsync(DateTimeOffset olderThan, CancellationToken cancellationToken)
    {
        var n = 0;
        var filter = TableClient.CreateQueryFilter($"CreatedAt lt {olderThan}");
        await foreach (var e in Table.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            await Table.DeleteEntityAsync(e.PartitionKey, e.RowKey, ETag.All, cancellationToken);
            n++;
        }

        return n;
    }

    private async Task<DeliveryRecord?> AddOrFindUnsentAsync(DeliveryRecord r, CancellationToken cancellationToken)
    {
        try
        {
            await Table.AddEntityAsync(ToEntity(r), cancellationToken);
            return r;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            var existing = await GetAsync(r.SubscriptionId, r.DeliveryId, cancellationToken);
            return existing is { Record: { Status: DeliveryStatus.Pending, Attempts.Count: 0 } found } ? found : null;
        }
    }

    /// <summary>At most 100 entities and about 2 MB of body per transaction (the service limit is 4 MB).</summary>
    private static IEnumerable<List<DeliveryRecord>> Batches(IEnumerable<DeliveryRecord> records)
    {
        var batch = new List<DeliveryRecord>();
        long chars = 0;
        foreach (var r in records)
        {
            if (batch.Count == 100 || (batch.Count > 0 && chars + r.Body.Length > 1_000_000))
            {
                yield return batch;
                batch = [];
                chars = 0;
            }

            batch.Add(r);
            chars += r.Body.Length;
        }

        if (batch.Count > 0)
        {
            yield return batch;
        }
    }
}
