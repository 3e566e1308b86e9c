using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Azure.Data.Tables;
using Scraper.Claims;

namespace Scraper.Storage;

/// <summary>
/// Table "Changes": the append-only per-day change log read by the daily diff.
/// PartitionKey = UTC day (yyyy-MM-dd) of the change; RowKey = claimId-version, so a retry writes the
/// same row, one day is one bounded partition query, and a claim's changes of the day are contiguous
/// (the diff folds them in a single streaming pass).
/// </summary>
public sealed class ChangeLogStore(ScraperStorage storage, DayIndexStore days)
{
    private TableClient Table => storage.Table(StorageNames.ChangesTable);

    public async Task AppendAsync(ClaimChange change, CancellationToken cancellationToken)
    {
        await days.MarkSeenAsync(DateOnly.FromDateTime(change.ChangedAt.UtcDateTime), cancellationToken);
        await Table.UpsertEntityAsync(Entity(change), TableUpdateMode.Replace, cancellationToken);
    }

    /// <summary>
    /// Upserts many rows in transactions of up to 100 per day, several at once. Safe to repeat: a row's
    /// key and content depend only on the change, so a retry after a partial write rewrites the same rows.
    /// </summary>
    public async Task AppendManyAsync(IReadOnlyCollection<ClaimChange> changes, CancellationToken cancellationToken)
    {
        foreach (var day in changes.Select(c => DateOnly.FromDateTime(c.ChangedAt.UtcDateTime)).Distinct())
        {
            await days.MarkSeenAsync(day, cancellationToken);
        }

        await TableBatches.SubmitAsync(
            Table,
            changes.Select(c => new TableTransactionAction(TableTransactionActionType.UpsertReplace, Entity(c))),
            cancellationToken);
    }

    public async Task<bool> ExistsAsync(ClaimChange change, CancellationToken cancellationToken) =>
        (await Table.GetEntityIfExistsAsync<TableEntity>(DayKey(change.ChangedAt), RowKey(change), ["RowKey"], cancellationToken)).HasValue;

    /// <summary>One claim's changes of one day, in version order (a range within the day's partition).</summary>
    public async Task<IReadOnlyList<ClaimChange>> ReadClaimAsync(string day, string claimId, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {day} and RowKey gt {claimId + "-"} and RowKey lt {claimId + "."}");
        var list = new List<ClaimChange>();
        await foreach (var e in Table.QueryAsync<TableEntity>(filter, select: ["Change"], cancellationToken: cancellationToken))
        {
            list.Add(JsonSerializer.Deserialize<ClaimChange>(e.GetString("Change"), ScraperJson.Compact)!);
        }

        return list;
    }

    /// <summary>Every change of one UTC day in stored (time) order, streamed page by page.</summary>
    public async IAsyncEnumerable<ClaimChange> ReadDayAsync(DateOnly day, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var pk = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {pk}");
        await foreach (var e in Table.QueryAsync<TableEntity>(filter, maxPerPage: 1000, select: ["Change"], cancellationToken: cancellationToken))
        {
            yield return JsonSerializer.Deserialize<ClaimChange>(e.GetString("Change"), ScraperJson.Compact)!;
        }
    }

    /// <summary>True when the day has at least one change (cheap: one entity).</summary>
    public async Task<bool> HasChangesAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var pk = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {pk}");
        await foreach (var page in Table.QueryAsync<TableEntity>(filter, maxPerPage: 1, select: ["RowKey"], cancellationToken: cancellationToken).AsPages())
        {
            if (page.Values.Count > 0)
            {
                return true;
            }
        }

        return false;
    }

    private static TableEntity Entity(ClaimChange change) => new(DayKey(change.ChangedAt), RowKey(change))
    {
        ["ClaimId"] = change.ClaimId,
        ["Version"] = change.Version,
        ["Kind"] = change.Kind.ToString(),
        ["Change"] = JsonSerializer.Serialize(change, ScraperJson.Compact),
    };

    public static string DayKey(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string RowKey(ClaimChange change) =>
        string.Create(CultureInfo.InvariantCulture, $"{change.ClaimId}-{change.Version:D6}");
}
