using System.Globalization;
using Azure;
using Azure.Data.Tables;

namespace Scraper.Storage;

/// <summary>Table "Runs": PartitionKey = source id, RowKey = inverted start ticks (newest first).</summary>
public sealed class RunStore(ScraperStorage storage)
{
    private TableClient Table => storage.Table(StorageNames.RunsTable);

    public Task SaveAsync(RunRecord run, CancellationToken cancellationToken) =>
        Table.UpsertEntityAsync(
            new TableEntity(run.SourceId, InvertedTicks(run.Started))
            {
                ["RunId"] = run.RunId,
                ["Started"] = run.Started,
                ["DurationMs"] = (long)run.Duration.TotalMilliseconds,
                ["HttpStatus"] = run.HttpStatus,
                ["Bytes"] = run.Bytes,
                ["ItemsNew"] = run.ItemsNew,
                ["ItemsUnchanged"] = run.ItemsUnchanged,
                ["ItemsChanged"] = run.ItemsChanged,
                ["ClaimChanges"] = run.ClaimChanges,
                ["NotModified"] = run.NotModified,
                ["Error"] = run.Error is { Length: > 2000 } e ? e[..2000] : run.Error,
            },
            TableUpdateMode.Replace,
            cancellationToken);

    public async Task<IReadOnlyList<RunRecord>> RecentAsync(string sourceId, int max, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {sourceId}");
        var list = new List<RunRecord>();
        await foreach (var e in Table.QueryAsync<TableEntity>(filter, maxPerPage: Math.Min(max, 1000), cancellationToken: cancellationToken))
        {
            list.Add(new RunRecord
            {
                SourceId = e.PartitionKey,
                RunId = e.GetString("RunId") ?? e.RowKey,
                Started = e.GetDateTimeOffset("Started") ?? default,
                Duration = TimeSpan.FromMilliseconds(e.GetInt64("DurationMs") ?? 0),
                HttpStatus = e.GetInt32("HttpStatus"),
                Bytes = e.GetInt64("Bytes") ?? 0,
                ItemsNew = e.GetInt32("ItemsNew") ?? 0,
                ItemsUnchanged = e.GetInt32("ItemsUnchanged") ?? 0,
                ItemsChanged = e.GetInt32("ItemsChanged") ?? 0,
                ClaimChanges = e.GetInt32("ClaimChanges") ?? 0,
                NotModified = e.GetBoolean("NotModified") ?? false,
                Error = e.GetString("Error"),
            });
            if (list.Count >= max)
            {
                break;
            }
        }

        return list;
    }

    /// <summary>
    /// Deletes the source's run records that started before <paramref name="cutoff"/>. Row keys are inverted
    /// start ticks, so those rows are one key range at the end of the partition: a bounded query, keys only.
    /// </summary>
    public async Task<int> PruneAsync(string sourceId, DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {sourceId} and RowKey gt {InvertedTicks(cutoff)}");
        var batch = new List<TableTransactionAction>(TableBatches.MaxActions);
        var deleted = 0;
        await foreach (var e in Table.QueryAsync<TableEntity>(filter, maxPerPage: 1000, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            batch.Add(new TableTransactionAction(TableTransactionActionType.Delete, e, ETag.All));
            if (batch.Count == TableBatches.MaxActions)
            {
                deleted += await DeleteAsync(batch, cancellationToken);
            }
        }

        return batch.Count > 0 ? deleted + await DeleteAsync(batch, cancellationToken) : deleted;
    }

    private async Task<int> DeleteAsync(List<TableTransactionAction> batch, CancellationToken cancellationToken)
    {
        var n = batch.Count;
        await TableBatches.SubmitAsync(Table, batch, cancellationToken);
        batch.Clear();
        return n;
    }

    public static string InvertedTicks(DateTimeOffset t) =>
        (DateTime.MaxValue.Ticks - t.UtcTicks).ToString("D19", CultureInfo.InvariantCulture);
}
