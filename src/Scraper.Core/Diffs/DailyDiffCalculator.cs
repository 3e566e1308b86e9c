using System.Text.Json;
using System.Text.Json.Nodes;
using Scraper.Claims;
using Scraper.Extraction;

namespace Scraper.Diffs;

/// <summary>
/// Pure: folds one day's change log into net entries. The log is read in key order, where each claim's
/// changes of the day are contiguous and in version order, so one streaming pass holds one claim at a
/// time. A claim touched several times appears once; added-then-removed and changed-back-to-where-it-was
/// disappear. Entries come out in claim-id order: deterministic.
/// </summary>
public static class DailyDiffCalculator
{
    /// <summary>Streaming form over the storage query (rows in key order).</summary>
    public static async IAsyncEnumerable<DiffEntry> ComputeAsync(
        IAsyncEnumerable<ClaimChange> changes,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ClaimChange? first = null, last = null;
        await foreach (var change in changes.WithCancellation(cancellationToken))
        {
            if (last is not null && last.ClaimId != change.ClaimId)
            {
                if (Net(first!, last) is { } entry)
                {
                    yield return entry;
                }

                first = null;
            }

            first ??= change;
            last = change;
        }

        if (last is not null && Net(first!, last) is { } final)
        {
            yield return final;
        }
    }

    /// <summary>For changes in any order (tests, small batches): sorted into key order first.</summary>
    public static IReadOnlyList<DiffEntry> Compute(IReadOnlyList<ClaimChange> changes) =>
        ComputeAsync(changes.OrderBy(c => c.ClaimId, StringComparer.Ordinal).ThenBy(c => c.Version).ToAsyncEnumerable())
            .ToBlockingEnumerable()
            .ToList();

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
