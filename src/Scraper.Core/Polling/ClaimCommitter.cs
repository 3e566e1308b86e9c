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
public sealed class ClaimCommitter(ClaimStore claims, ChangeLogStore changeLog)
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
            var merged = ids.Select(id =>
            {
                var current = stored.GetValueOrDefault(id);
                return (Id: id, Current: current, Next: ClaimMerger.ApplyAll(current?.State, id, plans[id], now));
            }).ToList();
            var replaced = merged.Where(m => m.Next.State is not null && m.Current is { } c && !MadeByThisBatch(c, plans[m.Id]));
            var unlogged = await UnloggedAsync(replaced.Select(m => m.Current!), cancellationToken);
            var writes = new List<ClaimWrite>();
            var made = new List<ClaimChange>();
            var toLog = new List<ClaimChange>();
            foreach (var (id, current, (state, changes)) in merged)
            {
                // A document of this batch made the stored version: the run that wrote it may have stopped
                // before its change-log rows, so they are logged again (same keys, same content). Pending
                // changes of another run that are not in the change log are carried too, not overwritten.
                IReadOnlyList<ClaimChange> carried = current is null ? []
                    : MadeByThisBatch(current, plans[id]) ? current.Pending
                    : unlogged.GetValueOrDefault(id) ?? [];
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

    private static bool MadeByThisBatch(StoredClaim current, List<ClaimStep> steps) =>
        steps.Any(s => s.DocumentKey == current.State.LastChangedBy);

    /// <summary>
    /// Pending changes missing from the change log, for claims last written by another run that may have
    /// stopped before logging them (rare; one point read per pending change of such a claim about to change).
    /// </summary>
    private async Task<Dictionary<string, IReadOnlyList<ClaimChange>>> UnloggedAsync(IEnumerable<StoredClaim> claimsToCheck, CancellationToken cancellationToken)
    {
        var missing = new ConcurrentBag<ClaimChange>();
        await Parallel.ForEachAsync(
            claimsToCheck.SelectMany(c => c.Pending),
            new ParallelOptions { MaxDegreeOfParallelism = TableBatches.Parallelism, CancellationToken = cancellationToken },
            async (change, ct) =>
            {
                if (!await changeLog.ExistsAsync(change, ct))
                {
                    missing.Add(change);
                }
            });
        return missing.GroupBy(c => c.ClaimId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<ClaimChange>)g.OrderBy(c => c.Version).ToList(), StringComparer.Ordinal);
    }

    private static List<string> Days(StoredClaim? current, IEnumerable<ClaimChange> changes) =>
        (current?.Days ?? []).Concat(changes.Select(c => ChangeLogStore.DayKey(c.ChangedAt)))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    private static List<ClaimChange> Sorted(IEnumerable<ClaimChange> changes) =>
        changes.OrderBy(c => c.ClaimId, StringComparer.Ordinal).ThenBy(c => c.Version).ToList();
}
