using Azure.Data.Tables;

namespace Scraper.Storage;

/// <summary>Table "Documents": PartitionKey = source id, RowKey = document key (hash of the item id).</summary>
public sealed class DocumentStore(ScraperStorage storage)
{
    private TableClient Table => storage.Table(StorageNames.DocumentsTable);

    public async Task<DocumentRecord?> GetAsync(string sourceId, string documentKey, CancellationToken cancellationToken)
    {
        var r = await Table.GetEntityIfExistsAsync<TableEntity>(sourceId, documentKey, cancellationToken: cancellationToken);
        return r.HasValue && r.Value is not null ? Read(r.Value) : null;
    }

    public Task SaveAsync(DocumentRecord d, CancellationToken cancellationToken) =>
        Table.UpsertEntityAsync(
            new TableEntity(d.SourceId, d.DocumentKey)
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
                ["Deleted"] = d.Deleted,
            },
            TableUpdateMode.Replace,
            cancellationToken);

    private static DocumentRecord Read(TableEntity e) => new()
    {
        SourceId = e.PartitionKey,
        DocumentKey = e.RowKey,
        ItemId = e.GetString("ItemId"),
        Url = e.GetString("Url"),
        Title = e.GetString("Title"),
        Published = e.GetDateTimeOffset("Published"),
        Retrieved = e.GetDateTimeOffset("Retrieved") ?? default,
        Language = e.GetString("Language"),
        SnapshotHash = e.GetString("SnapshotHash"),
        ContentHash = e.GetString("ContentHash") ?? "",
        ClaimIds = (e.GetString("ClaimIds") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries),
        ParseStatus = e.GetString("ParseStatus") ?? "ok",
        Deleted = e.GetBoolean("Deleted") ?? false,
    };

    private static string? Cap(string? s, int max) => s is null || s.Length <= max ? s : s[..max];
}
