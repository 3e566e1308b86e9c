using System.Collections.Concurrent;
using Azure.Data.Tables;

namespace Scraper.Storage;

/// <summary>Table "Documents": PartitionKey = source id, RowKey = document key (hash of the item id).</summary>
public sealed class DocumentStore(ScraperStorage storage)
{
    /// <summary>Up to this many keys, point reads beat a scan.</summary>
    private const int PointReadsOnly = 8;

    /// <summary>A scan page (1,000 narrow rows) is worth about this many point reads; it may use one page per this many keys.</summary>
    private const int KeysPerScanPage = 20;

    private static readonly string[] IndexColumns = ["RowKey", "ContentHash", "ClaimIds", "Deleted"];

    private TableClient Table => storage.Table(StorageNames.DocumentsTable);

    /// <summary>
    /// The stored index of many documents of one source in few requests: the source's partition is scanned
    /// in key order (three columns only) within a page budget proportional to the number of keys; keys
    /// beyond the last page read, if the budget ran out, are read one by one. So the cost is bounded by the
    /// batch, never by the size of the partition.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, DocumentIndex>> GetManyAsync(string sourceId, IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var found = new ConcurrentDictionary<string, DocumentIndex>(StringComparer.Ordinal);
        var wanted = keys.ToHashSet(StringComparer.Ordinal);
        var sorted = wanted.Order(StringComparer.Ordinal).ToList();
        if (sorted.Count == 0)
        {
            return found;
        }

        var unread = sorted;
        if (sorted.Count > PointReadsOnly)
        {
            var budget = (sorted.Count / KeysPerScanPage) + 1;
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {sourceId} and RowKey ge {sorted[0]} and RowKey le {sorted[^1]}");
            string? readThrough = null;
            await foreach (var page in Table.QueryAsync<TableEntity>(filter, maxPerPage: 1000, select: IndexColumns, cancellationToken: cancellationToken).AsPages())
            {
                foreach (var e in page.Values.Where(e => wanted.Contains(e.RowKey)))
                {
                    found[e.RowKey] = Read(e);
                }

                readThrough = page.ContinuationToken is null ? sorted[^1] : page.Values.LastOrDefault()?.RowKey ?? readThrough;
                if (page.ContinuationToken is null || --budget == 0)
                {
                    break;
                }
            }

            unread = readThrough is null ? sorted : sorted.Where(k => string.CompareOrdinal(k, readThrough) > 0).ToList();
        }

        await Parallel.ForEachAsync(
            unread,
            new ParallelOptions { MaxDegreeOfParallelism = TableBatches.Parallelism, CancellationToken = cancellationToken },
            async (key, ct) =>
            {
                var r = await Table.GetEntityIfExistsAsync<TableEntity>(sourceId, key, IndexColumns, ct);
                if (r.HasValue && r.Value is not null)
                {
                    found[key] = Read(r.Value);
                }
            });
        return found;
    }

    /// <summary>
    /// Upserts documents in transactions of up to 100, several at once (safe to repeat). A deleted item's row
    /// is merged (its URL and title stay for the record); any other row is replaced.
    /// </summary>
    public Task SaveManyAsync(IEnumerable<DocumentRecord> records, CancellationToken cancellationToken) =>
        TableBatches.SubmitAsync(Table, records.Select(d => d.Deleted
            ? new TableTransactionAction(TableTransactionActionType.UpsertMerge, new TableEntity(d.SourceId, d.DocumentKey)
            {
                ["ItemId"] = d.ItemId,
                ["Retrieved"] = d.Retrieved,
                ["ContentHash"] = d.ContentHash,
                ["ClaimIds"] = "",
                ["Deleted"] = true,
            })
            : new TableTransactionAction(TableTransactionActionType.UpsertReplace, new TableEntity(d.SourceId, d.DocumentKey)
            {
                ["ItemId"] = d.ItemId,
                ["Url"] = d.Url,
                ["Title"] = Cap(d.Title, 1000),
                ["Published"] = d.Published,
                ["Retrieved"] = d.Retrieved,
                ["Language"] = d.Language,
                ["SnapshotHash"] = d.SnapshotHash,
                ["ContentHash"] = d.ContentHash,
                ["ClaimIds"] = string.Join(',', d.ClaimIds),
                ["ParseStatus"] = d.ParseStatus,
                ["Deleted"] = false,
            })), cancellationToken);

    private static DocumentIndex Read(TableEntity e) => new(
        e.RowKey,
        e.GetString("ContentHash") ?? "",
        (e.GetString("ClaimIds") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries),
        e.GetBoolean("Deleted") ?? false);

    private static string? Cap(string? s, int max) => s is null || s.Length <= max ? s : s[..max];
}
