using System.Text.Json;
using System.Text.Json.Nodes;
using Scraper.Claims;
using Scraper.Extraction;

namespace Scraper.Diffs;

/// <summary>
/// Pure: folds one day's change log (in stored order) into net entries. A claim touched several times
/// appears once; added-then-removed and changed-back-to-where-it-was disappear. Entries come out in
/// the order of each claim's last change, so output is deterministic and streams: only claims whose
/// day is not over yet (a later change is still to come) are held in memory.
/// </summary>
public static class DailyDiffCalculator
{
    /// <param name="changes">The day's changes in stored order.</param>
    /// <param name="lastChangeOf">For each claim, the version of its last change that day (from a key-only first pass).</param>
    public static IEnumerable<DiffEntry> Compute(IEnumerable<ClaimChange> changes, IReadOnlyDictionary<string, int> lastChangeOf)
    {
        var fold = new Fold(lastChangeOf);
        foreach (var change in changes)
        {
            if (fold.Push(change) is { } entry)
            {
                yield return entry;
            }
        }
    }

    /// <summary>Streaming form over the storage query.</summary>
    public static async IAsyncEnumerable<DiffEntry> ComputeAsync(
        IAsyncEnumerable<ClaimChange> changes,
        IReadOnlyDictionary<string, int> lastChangeOf,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var fold = new Fold(lastChangeOf);
        await foreach (var change in changes.WithCancellation(cancellationToken))
        {
            if (fold.Push(change) is { } entry)
            {
                yield return entry;
            }
        }
    }

    /// <summary>Convenience for small, fully loaded days (tests, webhooks).</summary>
    public static IReadOnlyList<DiffEntry> Compute(IReadOnlyList<ClaimChange> changes)
    {
        var last = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var c in changes)
        {
            last[c.ClaimId] = c.Version;
        }

        return Compute(changes, last).ToList();
    }

    /// <summary>Holds each claim's first change of the day until its last one arrives.</summary>
    private sealed class Fold(IReadOnlyDictionary<string, int> lastChangeOf)
    {
        private readonly Dictionary<string, ClaimChange> _firsts = new(StringComparer.Ordinal);

        public DiffEntry? Push(ClaimChange change)
        {
            if (!lastChangeOf.TryGetValue(change.ClaimId, out var lastVersion))
            {
                return null;
            }

            if (change.Version != lastVersion)
            {
                _firsts.TryAdd(change.ClaimId, change);
                return null;
            }

            var first = _firsts.Remove(change.ClaimId, out var f) ? f : change;
            return Net(first, change);
        }
    }

    private static DiffEntry? Net(ClaimChange first, ClaimChange last)
    {
        var before = first.Kind == ChangeKind.Added ? null : first.Before;
        var after = last.Kind == ChangeKind.Removed ? null : last.After;
        DiffChange kind;
        IReadOnlyDictionary<string, FieldChange>? fields = null;
        if (before is null && after is null)
        {
            return null;
        }
        else if (before is null)
        {
            kind = DiffChange.Added;
        }
        else if (after is null)
        {
            kind = DiffChange.Removed;
        }
        else
        {
            fields = FieldDiff(before, after);
            var sourcesChanged = !first.SourceIds.SequenceEqual(last.SourceIds);
            if (fields.Count == 0 && !sourcesChanged)
            {
                return null;
            }

            kind = DiffChange.Changed;
        }

        return new DiffEntry
        {
            Change = kind,
            ClaimId = last.ClaimId,
            Version = last.Version,
            ChangedAt = last.ChangedAt,
            ChangeId = last.ChangeId,
            Claim = (after ?? before)!,
            Fields = fields,
            Reason = kind == DiffChange.Removed ? last.Reason : null,
            SourceIds = last.SourceIds,
            SourceKinds = last.SourceKinds,
            DocumentUrls = last.DocumentUrls,
        };
    }

    /// <summary>Field-by-field comparison on the JSON form, so the names match the files researchers read.</summary>
    public static IReadOnlyDictionary<string, FieldChange> FieldDiff(StrikeClaim before, StrikeClaim after)
    {
        var b = JsonSerializer.SerializeToNode(before, ScraperJson.Api)!.AsObject();
        var a = JsonSerializer.SerializeToNode(after, ScraperJson.Api)!.AsObject();
        var result = new SortedDictionary<string, FieldChange>(StringComparer.Ordinal);
        foreach (var (name, value) in a)
        {
            var old = b[name];
            if (!JsonNode.DeepEquals(old, value))
            {
                result[name] = new FieldChange(old?.DeepClone(), value?.DeepClone());
            }
        }

        return result;
    }
}
