using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Scraper.Claims;

namespace Scraper.Storage;

/// <summary>
/// Table "Claims": PartitionKey = claim id; RowKey "current" holds the state, "v000001"... each version.
/// State and version are written in one entity-group transaction, guarded by the state's ETag.
/// </summary>
public sealed class ClaimStore(ScraperStorage storage)
{
    public const string CurrentRow = "current";
    /// <summary>Properties are capped well under Table Storage's 64 KB per string.</summary>
    private const int MaxJsonChars = 30_000;

    private TableClient Table => storage.Table(StorageNames.ClaimsTable);

    public async Task<(ClaimState State, ETag ETag)?> GetAsync(string claimId, CancellationToken cancellationToken)
    {
        var response = await Table.GetEntityIfExistsAsync<TableEntity>(claimId, CurrentRow, cancellationToken: cancellationToken);
        if (!response.HasValue || response.Value is null)
        {
            return null;
        }

        var e = response.Value;
        var state = JsonSerializer.Deserialize<ClaimState>(e.GetString("State"), ScraperJson.Compact)!;
        return (state, e.ETag);
    }

    public async Task<ClaimChange?> GetChangeAsync(string claimId, int version, CancellationToken cancellationToken)
    {
        var response = await Table.GetEntityIfExistsAsync<TableEntity>(claimId, VersionRow(version), cancellationToken: cancellationToken);
        return response.HasValue && response.Value is not null
            ? JsonSerializer.Deserialize<ClaimChange>(response.Value.GetString("Change"), ScraperJson.Compact)
            : null;
    }

    /// <summary>All versions of a claim, oldest first (a single-partition range query).</summary>
    public async Task<IReadOnlyList<ClaimChange>> GetHistoryAsync(string claimId, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {claimId} and RowKey ge {"v"} and RowKey lt {"w"}");
        var list = new List<ClaimChange>();
        await foreach (var e in Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            list.Add(JsonSerializer.Deserialize<ClaimChange>(e.GetString("Change"), ScraperJson.Compact)!);
        }

        return list;
    }

    /// <summary>
    /// Writes the new state and its version atomically. Throws <see cref="RequestFailedException"/>
    /// (409/412) when another writer got there first; the caller's queue message is then retried.
    /// </summary>
    public async Task CommitAsync(ClaimState state, ClaimChange change, ETag? expected, CancellationToken cancellationToken)
    {
        var current = new TableEntity(state.ClaimId, CurrentRow)
        {
            ["State"] = Capped(JsonSerializer.Serialize(Trim(state), ScraperJson.Compact)),
            ["Version"] = state.Version,
            ["Removed"] = state.Removed,
            ["LastChanged"] = state.LastChanged,
        };
        var version = new TableEntity(state.ClaimId, VersionRow(change.Version))
        {
            ["Change"] = Capped(JsonSerializer.Serialize(change, ScraperJson.Compact)),
            ["Kind"] = change.Kind.ToString(),
            ["ChangedAt"] = change.ChangedAt,
        };
        var actions = new List<TableTransactionAction>
        {
            expected is { } etag
                ? new TableTransactionAction(TableTransactionActionType.UpdateReplace, current, etag)
                : new TableTransactionAction(TableTransactionActionType.Add, current),
            new(TableTransactionActionType.UpsertReplace, version),
        };
        TableBatches.EnsureSinglePartition(actions);
        await Table.SubmitTransactionAsync(actions, cancellationToken);
    }

    public static string VersionRow(int version) => $"v{version:D6}";

    /// <summary>Keeps a claim with very many supporters inside one entity: the oldest details are dropped.</summary>
    private static ClaimState Trim(ClaimState state) =>
        state.Supporters.Count <= 50 ? state : state with { Supporters = state.Supporters.Take(50).ToList() };

    private static string Capped(string json) =>
        json.Length <= MaxJsonChars ? json : throw new InvalidOperationException($"claim entity of {json.Length} chars exceeds the {MaxJsonChars} cap");
}
