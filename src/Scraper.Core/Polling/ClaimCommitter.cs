using System.Collections.Concurrent;
using Azure.Data.Tables;
using Scraper.Claims;
using Scraper.Storage;

namespace Scraper.Polling;

/// <summary>
/// Commits one batch's claim steps: claims known to exist (a document of the batch supported them before)
/// are read, the others are assumed new; each claim's steps are merged in memory, then up to 100 claims of
/// a bucket go in one transaction (Add, or UpdateReplace with the ETag read). A transaction refused with
/// 409/412 (a claim existed after all, or another poll won the race) re-reads its claims and is retried.
/// </summary>
public sealed class ClaimCommitter(ClaimStore claims)
{
    private const int MaxAttempts = 5;

    /// <returns>Every change to log: the versions made now, plus any left unlogged by an interrupted run.</returns>
    public async Task<ClaimCommit> CommitAsync(
        IReadOnlyDictionary<string, List<ClaimStep>> plans, IEnumerable<string> known, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var stored = await claims.GetManyAsync(known.Where(plans.ContainsKey), cancellationToken);
        var made = new ConcurrentBag<ClaimChange>();
        var toLog = new ConcurrentBag<ClaimChange>();
        var chunks = plans.Keys.Order(StringComparer.Ordinal)
            .GroupBy(ClaimStore.Bucket, StringComparer.Ordinal)
            .SelectMany(g => g.Chunk(TableBatches.MaxActions));
        await Parallel.ForEachAsync(
            chunks,
            new ParallelOptions { MaxDegreeOfParallelism = TableBatches.Parallelism, CancellationToken = cancellationToken },
            async (ids, ct) =>
            {
                var (newChanges, logged) = await CommitChunkAsync(ids, plans, stored, now, ct);
                newChanges.ForEach(made.Add);
                logged.ForEach(toLog.Add);
            });
        return new ClaimCommit(Sorted(made), Sorted(toLog));
    }

    private async Task<(List<ClaimChange> Made, List<ClaimChange> ToLog)> CommitChunkAsync(
        string[] ids, IReadOnlyDictionary<string, List<ClaimStep>> plans, IReadOnlyDictionary<string, StoredClaim> stored, DateTimeOffset now, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var writes = new List<ClaimWrite>();
            var made = new List<ClaimChange>();
            var toLog = new List<ClaimChange>();
            foreach (var id in ids)
            {
                var current = stored.GetValueOrDefault(id);
                var (state, changes) = ClaimMerger.ApplyAll(current?.State, id, plans[id], now);

                // A document of this batch made the stored version: the run that wrote it may have stopped
                // before its change-log rows, so they are logged again (same keys, same content).
                IReadOnlyList<ClaimChange> carried = current is not null && plans[id].Any(s => s.DocumentKey == current.State.LastChangedBy)
                    ? current.Pending
                    : [];
                made.AddRange(changes);
                toLog.AddRange(carried);
                toLog.AddRange(changes);
                if (state is not null)
                {
                    writes.Add(new ClaimWrite(state, [.. carried, .. changes], Days(current, changes), current?.ETag));
                }
            }

            if (writes.Count == 0)
            {
                return (made, toLog);
            }

            try
            {
                await claims.CommitAsync(writes, cancellationToken);
                return (made, toLog);
            }
            catch (TableTransactionFailedException ex) when (ex.Status is 409 or 412 && attempt < MaxAttempts)
            {
                // Nothing of the transaction was written: merge again from what is stored now.
                stored = await claims.GetManyAsync(ids, cancellationToken);
            }
        }
    }

    private static List<string> Days(StoredClaim? current, IEnumerable<ClaimChange> changes) =>
        (current?.Days ?? []).Concat(changes.Select(c => ChangeLogStore.DayKey(c.ChangedAt)))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    private static List<ClaimChange> Sorted(IEnumerable<ClaimChange> changes) =>
        changes.OrderBy(c => c.ClaimId, StringComparer.Ordinal).ThenBy(c => c.Version).ToList();
}
