using Azure.Data.Tables;
using Scraper.Sources.Adapters;

namespace Scraper.Storage;

/// <summary>Adapter cursors in the SourceState table: PartitionKey = source id, RowKey = "cursor-{key}".</summary>
public sealed class TableAdapterCursorStore(ScraperStorage storage) : IAdapterCursorStore
{
    private TableClient Table => storage.Table(StorageNames.SourceStateTable);

    public async Task<string?> GetAsync(string sourceId, string key, CancellationToken cancellationToken)
    {
        var r = await Table.GetEntityIfExistsAsync<TableEntity>(sourceId, Row(key), ["Value"], cancellationToken);
        return r.HasValue ? r.Value!.GetString("Value") : null;
    }

    public Task SetAsync(string sourceId, string key, string value, CancellationToken cancellationToken) =>
        Table.UpsertEntityAsync(new TableEntity(sourceId, Row(key)) { ["Value"] = value }, TableUpdateMode.Replace, cancellationToken);

    private static string Row(string key) => "cursor-" + key;
}
