using Azure;
using Azure.Data.Tables;
using Scraper.Storage;

namespace Scraper.Sources;

/// <summary>
/// Table "Sources": runtime overrides set by the admin routes. PartitionKey "override", RowKey = source id,
/// "Entry" = the entry in the catalogue file's JSON format (validated by the same loader on write and read).
/// </summary>
public sealed class SourceOverrideStore(ScraperStorage storage, TimeProvider time)
{
    private const string Partition = "override";

    private TableClient Table => storage.Table(StorageNames.SourcesTable);

    public async Task<IReadOnlyDictionary<string, string>> GetAllAsync(CancellationToken cancellationToken)
    {
        var all = new Dictionary<string, string>(StringComparer.Ordinal);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition}");
        await foreach (var e in Table.QueryAsync<TableEntity>(filter, select: ["RowKey", "Entry"], cancellationToken: cancellationToken))
        {
            if (e.GetString("Entry") is { } entry)
            {
                all[e.RowKey] = entry;
            }
        }

        return all;
    }

    public async Task<string?> GetAsync(string id, CancellationToken cancellationToken)
    {
        var r = await Table.GetEntityIfExistsAsync<TableEntity>(Partition, id, cancellationToken: cancellationToken);
        return r.HasValue ? r.Value!.GetString("Entry") : null;
    }

    public Task SetAsync(string id, string entryJson, CancellationToken cancellationToken) =>
        Table.UpsertEntityAsync(
            new TableEntity(Partition, id) { ["Entry"] = entryJson, ["Updated"] = time.GetUtcNow() },
            TableUpdateMode.Replace,
            cancellationToken);

    /// <summary>Removes an override; false when there was none.</summary>
    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken)
    {
        try
        {
            var response = await Table.DeleteEntityAsync(Partition, id, ETag.All, cancellationToken);
            return response.Status != 404;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return false;
        }
    }
}
