using System.Security.Cryptography;
using System.Text;
using Azure.Data.Tables;
using Scraper.Fetching;

namespace Scraper.Storage;

/// <summary>
/// Table "SourceState": PartitionKey = source id; RowKey "schedule" (last dispatched slot),
/// "health" (consecutive failures, last success), "http-{hash}" (ETag/Last-Modified per URL).
/// </summary>
public sealed class SourceStateStore(ScraperStorage storage) : IHttpValidatorStore
{
    private TableClient Table => storage.Table(StorageNames.SourceStateTable);

    public async Task<DateTimeOffset?> GetLastDispatchedAsync(string sourceId, CancellationToken cancellationToken)
    {
        var r = await Table.GetEntityIfExistsAsync<TableEntity>(sourceId, "schedule", cancellationToken: cancellationToken);
        return r.HasValue ? r.Value!.GetDateTimeOffset("LastSlot") : null;
    }

    public Task SetLastDispatchedAsync(string sourceId, DateTimeOffset slot, CancellationToken cancellationToken) =>
        Table.UpsertEntityAsync(new TableEntity(sourceId, "schedule") { ["LastSlot"] = slot }, TableUpdateMode.Replace, cancellationToken);

    public async Task<SourceHealth> GetHealthAsync(string sourceId, CancellationToken cancellationToken)
    {
        var r = await Table.GetEntityIfExistsAsync<TableEntity>(sourceId, "health", cancellationToken: cancellationToken);
        if (!r.HasValue || r.Value is null)
        {
            return new SourceHealth(sourceId, 0, null, null, null, null);
        }

        return ToHealth(r.Value);
    }

    private static SourceHealth ToHealth(TableEntity e) =>
        new(
            e.PartitionKey,
            e.GetInt32("ConsecutiveFailures") ?? 0,
            e.GetDateTimeOffset("LastRun"),
            e.GetDateTimeOffset("LastSuccess"),
            e.GetDateTimeOffset("LastNewItem"),
            e.GetString("LastError"));

    /// <summary>Every source's health row in one query (for GET /api/sources).</summary>
    public async Task<IReadOnlyDictionary<string, SourceHealth>> GetAllHealthAsync(CancellationToken cancellationToken)
    {
        var all = new Dictionary<string, SourceHealth>(StringComparer.Ordinal);
        await foreach (var e in Table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"RowKey eq {"health"}"), cancellationToken: cancellationToken))
        {
            all[e.PartitionKey] = ToHealth(e);
        }

        return all;
    }

    public Task SetHealthAsync(SourceHealth h, CancellationToken cancellationToken) =>
        Table.UpsertEntityAsync(
            new TableEntity(h.SourceId, "health")
            {
                ["ConsecutiveFailures"] = h.ConsecutiveFailures,
                ["LastRun"] = h.LastRun,
                ["LastSuccess"] = h.LastSuccess,
                ["LastNewItem"] = h.LastNewItem,
                ["LastError"] = h.LastError,
            },
            TableUpdateMode.Replace,
            cancellationToken);

    public async Task<HttpValidators?> GetAsync(string sourceId, Uri url, CancellationToken cancellationToken)
    {
        var r = await Table.GetEntityIfExistsAsync<TableEntity>(sourceId, UrlRow(url), cancellationToken: cancellationToken);
        return r.HasValue && r.Value is not null ? new HttpValidators(r.Value.GetString("ETag"), r.Value.GetString("LastModified")) : null;
    }

    public Task SetAsync(string sourceId, Uri url, HttpValidators validators, CancellationToken cancellationToken) =>
        Table.UpsertEntityAsync(
            new TableEntity(sourceId, UrlRow(url)) { ["Url"] = url.AbsoluteUri, ["ETag"] = validators.ETag, ["LastModified"] = validators.LastModified },
            TableUpdateMode.Replace,
            cancellationToken);

    private static string UrlRow(Uri url) =>
        "http-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(url.AbsoluteUri)))[..32];
}
