using System.Collections.Concurrent;
using Azure.Data.Tables;
using Scraper.Claims;

namespace Scraper.Storage;

/// <summary>
/// Table "Claims": PartitionKey = bucket (the claim id's first two characters, c0…cf), RowKey = claim id.
/// One row per claim holds its state, the changes of the commit that wrote it and the days it changed on
/// (its versions are the change-log rows of those days). Buckets let one poll write many claims in a few
/// entity-group transactions, each guarded per row (Add, or UpdateReplace with the ETag read).
/// </summary>
public sealed class ClaimStore(ScraperStorage storage)
{
    private TableClient Table => storage.Table(StorageNames.ClaimsTable);

    public static string Bucket(string claimId) => claimId.Length > 2 ? claimId[..2] : claimId;

    public async Task<StoredClaim?> GetAsync(string claimId, CancellationToken cancellationToken)
    {
        var response = await Table.GetEntityIfExistsAsync<TableEntity>(Bucket(claimId), claimId, cancellationToken: cancellationToken);
        return response.HasValue && response.Value is not null ? Read(response.Value) : null;
    }

    /// <summary>Point reads in parallel (claims of a batch live in many buckets, by design).</summary>
    public async Task<IReadOnlyDictionary<string, StoredClaim>> GetManyAsync(IEnumerable<string> claimIds, CancellationToken cancellationToken)
    {
        var found = new ConcurrentDictionary<string, StoredClaim>(StringComparer.Ordinal);
        await Parallel.ForEachAsync(
            claimIds.Distinct(StringComparer.Ordinal),
            new ParallelOptions { MaxDegreeOfParallelism = TableBatches.Parallelism, CancellationToken = cancellationToken },
            async (id, ct) =>
            {
                if (await GetAsync(id, ct) is { } claim)
                {
                    found[id] = claim;
                }
            });
        return found;
    }

    /// <summary>
    /// Writes claims of one bucket in one transaction (at most 100). Throws
    /// <see cref="TableTransactionFailedException"/> (409/412) when a row believed new exists or another
    /// writer got there first; nothing of the transaction is written then.
    /// </summary>
    public async Task CommitAsync(IReadOnlyList<ClaimWrite> writes, CancellationToken cancellationToken)
    {
        var actions = writes.Select(w =>
        {
            var entity = new TableEntity(Bucket(w.State.ClaimId), w.State.ClaimId)
            {
                ["State"] = CompressedJson.Serialize(Trim(w.State)),
                ["Version"] = w.State.Version,
                ["Removed"] = w.State.Removed,
                ["LastChanged"] = w.State.LastChanged,
                ["Pending"] = CompressedJson.Serialize(w.Pending),
                ["Days"] = string.Join(',', w.Days),
            };
            return w.Expected is { } etag
                ? new TableTransactionAction(TableTransactionActionType.UpdateReplace, entity, etag)
                : new TableTransactionAction(TableTransactionActionType.Add, entity);
        }).ToList();
        TableBatches.EnsureSinglePartition(actions);
        await Table.SubmitTransactionAsync(actions, cancellationToken);
    }

    private static StoredClaim Read(TableEntity e) => new(
        CompressedJson.Deserialize<ClaimState>(e.GetBinary("State")),
        e.ETag,
        CompressedJson.Deserialize<List<ClaimChange>>(e.GetBinary("Pending")),
        (e.GetString("Days") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Keeps a claim with very many supporters inside one entity: the oldest details are dropped.</summary>
    private static ClaimState Trim(ClaimState state) =>
        state.Supporters.Count <= 50 ? state : state with { Supporters = state.Supporters.Take(50).ToList() };
}
