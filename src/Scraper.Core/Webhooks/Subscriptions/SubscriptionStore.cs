using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Scraper.Storage;

namespace Scraper.Webhooks.Subscriptions;

/// <summary>
/// Table "Subscriptions": PartitionKey "subscription", RowKey = id. The enabled list is cached for a
/// few seconds (fan-out and every delivery read it); local writes invalidate the cache at once.
/// </summary>
public sealed class SubscriptionStore(ScraperStorage storage, TimeProvider time)
{
    private const string Partition = "subscription";
    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(5);
    private readonly Lock _gate = new();
    private (DateTimeOffset At, IReadOnlyList<Subscription> All)? _cache;

    private TableClient Table => storage.Table(StorageNames.SubscriptionsTable);

    public async Task<IReadOnlyList<Subscription>> ListAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            if (_cache is { } c && now - c.At < CacheFor)
            {
                return c.All;
            }
        }

        var list = new List<Subscription>();
        await foreach (var e in Table.QueryAsync<TableEntity>(x => x.PartitionKey == Partition, cancellationToken: cancellationToken))
        {
            list.Add(FromEntity(e));
        }

        list.Sort((a, b) => a.CreatedAt.CompareTo(b.CreatedAt));
        lock (_gate)
        {
            _cache = (now, list);
        }

        return list;
    }

    public async Task<Subscription?> GetAsync(string id, CancellationToken cancellationToken)
    {
        var r = await Table.GetEntityIfExistsAsync<TableEntity>(Partition, id, cancellationToken: cancellationToken);
        return r.HasValue && r.Value is not null ? FromEntity(r.Value) : null;
    }

    /// <summary>From the cache (deliveries): a few seconds stale at most.</summary>
    public async Task<Subscription?> GetCachedAsync(string id, CancellationToken cancellationToken) =>
        (await ListAsync(cancellationToken)).FirstOrDefault(s => s.Id == id);

    public async Task SaveAsync(Subscription s, CancellationToken cancellationToken)
    {
        await Table.UpsertEntityAsync(ToEntity(s), TableUpdateMode.Replace, cancellationToken);
        Invalidate();
    }

    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken)
    {
        var r = await Table.DeleteEntityAsync(Partition, id, ETag.All, cancellationToken);
        Invalidate();
        return r.Status != 404;
    }

    /// <summary>Delivery-side updates touch only these fields, so they never undo an API edit.</summary>
    public async Task MarkFailingAsync(string id, DateTimeOffset? failingSince, CancellationToken cancellationToken)
    {
        // Merge cannot remove a property, so "not failing" is stored as 0.
        await MergeAsync(new TableEntity(Partition, id) { ["FailingSinceTicks"] = failingSince?.UtcTicks ?? 0L }, cancellationToken);
    }

    public async Task DisableAsync(string id, string reason, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await MergeAsync(new TableEntity(Partition, id) { ["Enabled"] = false, ["DisabledReason"] = reason, ["DisabledAt"] = at }, cancellationToken);
    }

    private async Task MergeAsync(TableEntity entity, CancellationToken cancellationToken)
    {
        try
        {
            await Table.UpdateEntityAsync(entity, ETag.All, TableUpdateMode.Merge, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // Deleted meanwhile: nothing to mark.
        }

        Invalidate();
    }

    private void Invalidate()
    {
        lock (_gate)
        {
            _cache = null;
        }
    }

    private static TableEntity ToEntity(Subscription s) => new(Partition, s.Id)
    {
        ["Url"] = s.Url,
        ["EventTypes"] = JsonSerializer.Serialize(s.EventTypes, ScraperJson.Compact),
        ["Filters"] = JsonSerializer.Serialize(s.Filters, ScraperJson.Compact),
        ["Description"] = s.Description,
        ["Enabled"] = s.Enabled,
        ["DisabledReason"] = s.DisabledReason,
        ["DisabledAt"] = s.DisabledAt,
        ["CreatedAt"] = s.CreatedAt,
        ["UpdatedAt"] = s.UpdatedAt,
        ["Secret"] = s.Secret,
        ["PreviousSecret"] = s.PreviousSecret,
        ["PreviousSecretExpiresAt"] = s.PreviousSecretExpiresAt,
        ["FailingSinceTicks"] = s.FailingSince?.UtcTicks ?? 0L,
    };

    private static Subscription FromEntity(TableEntity e) => new()
    {
        Id = e.RowKey,
        Url = e.GetString("Url"),
        EventTypes = JsonSerializer.Deserialize<string[]>(e.GetString("EventTypes") ?? "[]", ScraperJson.Compact) ?? [],
        Filters = JsonSerializer.Deserialize<SubscriptionFilters>(e.GetString("Filters") ?? "{}", ScraperJson.Compact) ?? SubscriptionFilters.None,
        Description = e.GetString("Description"),
        Enabled = e.GetBoolean("Enabled") ?? true,
        DisabledReason = e.GetString("DisabledReason"),
        DisabledAt = e.GetDateTimeOffset("DisabledAt"),
        CreatedAt = e.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.MinValue,
        UpdatedAt = e.GetDateTimeOffset("UpdatedAt") ?? DateTimeOffset.MinValue,
        Secret = e.GetString("Secret"),
        PreviousSecret = e.GetString("PreviousSecret"),
        PreviousSecretExpiresAt = e.GetDateTimeOffset("PreviousSecretExpiresAt"),
        FailingSince = e.GetInt64("FailingSinceTicks") is > 0 and var t ? new DateTimeOffset(t, TimeSpan.Zero) : null,
    };
}
