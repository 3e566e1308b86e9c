using Azure.Data.Tables;

namespace Scraper.Storage;

/// <summary>
/// Entity-group transactions must stay within one partition and 100 entities. Azurite does not
/// enforce the partition rule (Azurite #1215), so we do, before anything is sent.
/// </summary>
public static class TableBatches
{
    public const int MaxActions = 100;

    /// <summary>Requests in flight at once: request latency overlaps, partitions are independent.</summary>
    public const int Parallelism = 8;

    public static void EnsureSinglePartition(IReadOnlyCollection<TableTransactionAction> actions)
    {
        if (actions.Count is 0 or > MaxActions)
        {
            throw new ArgumentException($"a transaction holds 1..{MaxActions} actions, not {actions.Count}", nameof(actions));
        }

        var first = actions.First().Entity.PartitionKey;
        if (actions.Any(a => a.Entity.PartitionKey != first))
        {
            throw new ArgumentException("a transaction must not mix partition keys", nameof(actions));
        }
    }

    /// <summary>Splits actions into valid transactions: grouped by partition, at most 100 each.</summary>
    public static IEnumerable<List<TableTransactionAction>> Split(IEnumerable<TableTransactionAction> actions) =>
        actions.GroupBy(a => a.Entity.PartitionKey, StringComparer.Ordinal)
            .SelectMany(g => g.Chunk(MaxActions).Select(c => c.ToList()));

    /// <summary>
    /// Submits idempotent actions (upserts) as transactions, several at once. Not atomic as a whole:
    /// callers only use it for writes that are safe to repeat after a partial failure.
    /// </summary>
    public static Task SubmitAsync(TableClient table, IEnumerable<TableTransactionAction> actions, CancellationToken cancellationToken) =>
        Parallel.ForEachAsync(
            Split(actions),
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (batch, ct) =>
            {
                EnsureSinglePartition(batch);
                await table.SubmitTransactionAsync(batch, ct);
            });
}
