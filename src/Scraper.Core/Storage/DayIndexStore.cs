using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Azure.Data.Tables;
using Scraper.Diffs;

namespace Scraper.Storage;

/// <summary>
/// Table "PublishedDays": PartitionKey "day", RowKey = yyyy-MM-dd. A row exists for every day that had
/// a change (so "before the first data" is known without scanning) and carries the manifest entry
/// once the day is published.
/// </summary>
public sealed class DayIndexStore(ScraperStorage storage)
{
    private const string Partition = "day";
    private readonly ConcurrentDictionary<string, bool> _marked = new(StringComparer.Ordinal);

    private TableClient Table => storage.Table(StorageNames.PublishedDaysTable);

    /// <summary>Records that a day has data (merge: never touches the publish columns).</summary>
    public async Task MarkSeenAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var key = Key(day);
        if (_marked.ContainsKey(key))
        {
            return;
        }

        await Table.UpsertEntityAsync(new TableEntity(Partition, key) { ["HasData"] = true }, TableUpdateMode.Merge, cancellationToken);
        _marked[key] = true;
    }

    public async Task<DateOnly?> FirstDayAsync(CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition}");
        await foreach (var page in Table.QueryAsync<TableEntity>(filter, maxPerPage: 1, select: ["RowKey"], cancellationToken: cancellationToken).AsPages())
        {
            if (page.Values.Count > 0)
            {
                return Parse(page.Values[0].RowKey);
            }
        }

        return null;
    }

    public async Task<ManifestEntry?> GetPublishedAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var r = await Table.GetEntityIfExistsAsync<TableEntity>(Partition, Key(day), cancellationToken: cancellationToken);
        return r.HasValue && r.Value?.GetString("Manifest") is { } json ? JsonSerializer.Deserialize<ManifestEntry>(json, ScraperJson.Compact) : null;
    }

    public Task SetPublishedAsync(ManifestEntry entry, CancellationToken cancellationToken) =>
        Table.UpsertEntityAsync(
            new TableEntity(Partition, entry.Date) { ["Published"] = true, ["Manifest"] = JsonSerializer.Serialize(entry, ScraperJson.Compact) },
            TableUpdateMode.Merge,
            cancellationToken);

    /// <summary>Every published day, oldest first.</summary>
    public async Task<IReadOnlyList<ManifestEntry>> ListPublishedAsync(CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and Published eq {true}");
        var list = new List<ManifestEntry>();
        await foreach (var e in Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            list.Add(JsonSerializer.Deserialize<ManifestEntry>(e.GetString("Manifest"), ScraperJson.Compact)!);
        }

        return list;
    }

    public static string Key(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly Parse(string key) => DateOnly.ParseExact(key, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
