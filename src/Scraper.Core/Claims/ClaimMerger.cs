namespace Scraper.Claims;

/// <summary>
/// Pure merge step: applies one document's support (or its withdrawal) to a claim and says whether
/// that makes a new version. No I/O; the ingestor persists the result.
/// </summary>
public static class ClaimMerger
{
    /// <summary>
    /// Applies a batch's steps for one claim in order (several documents of one poll may touch the same
    /// claim) and returns the final state with every version made, or a null state when nothing changed.
    /// </summary>
    public static (ClaimState? State, IReadOnlyList<ClaimChange> Changes) ApplyAll(
        ClaimState? current, string claimId, IReadOnlyList<ClaimStep> steps, DateTimeOffset now)
    {
        var state = current;
        var changes = new List<ClaimChange>();
        foreach (var step in steps)
        {
            if (Apply(state, claimId, step.DocumentKey, step.Support, now, step.RemovalReason) is { } next)
            {
                state = next.State;
                changes.Add(next.Change);
            }
        }

        return (changes.Count == 0 ? null : state, changes);
    }

    /// <param name="current">Stored state, or null for a claim never seen.</param>
    /// <param name="claimId">The claim's id.</param>
    /// <param name="documentKey">The document being applied.</param>
    /// <param name="support">What the document now says, or null when it no longer supports the claim.</param>
    /// <param name="now">Change time.</param>
    /// <param name="removalReason">Reason recorded if the claim loses its last supporter.</param>
    /// <returns>The new state and its change, or null when nothing changed.</returns>
    public static (ClaimState State, ClaimChange Change)? Apply(
        ClaimState? current, string claimId, string documentKey, ClaimSupport? support, DateTimeOffset now, string removalReason)
    {
        var live = current is { Removed: false };
        var supporters = (live ? current!.Supporters : [])
            .Where(s => s.DocumentKey != documentKey)
            .ToList();
        if (support is not null)
        {
            supporters.Add(support);
        }

        supporters = [.. supporters.OrderBy(s => s.SourceId, StringComparer.Ordinal).ThenBy(s => s.DocumentKey, StringComparer.Ordinal)];
        var version = (current?.Version ?? 0) + 1;

        if (supporters.Count == 0)
        {
            if (!live)
            {
                return null;
            }

            var removed = current! with
            {
                Version = version, Removed = true, RemovedReason = removalReason, Supporters = [],
                LastChanged = now, LastChangedBy = documentKey,
            };
            return (removed, new ClaimChange
            {
                ClaimId = claimId, Version = version, Kind = ChangeKind.Removed, ChangedAt = now,
                Before = current!.Fields, Reason = removalReason,
                SourceIds = current.SourceIds, SourceKinds = current.SourceKinds, DocumentUrls = Urls(current.Supporters),
            });
        }

        var primary = supporters
            .OrderBy(s => s.Published ?? DateTimeOffset.MaxValue)
            .ThenBy(s => s.DocumentKey, StringComparer.Ordinal)
            .First();
        var next = new ClaimState
        {
            ClaimId = claimId,
            Version = version,
            Fields = primary.Fields,
            Supporters = supporters,
            FirstSeen = live ? current!.FirstSeen : now,
            LastChanged = now,
            LastChangedBy = documentKey,
        };

        if (!live)
        {
            return (next, new ClaimChange
            {
                ClaimId = claimId, Version = version, Kind = ChangeKind.Added, ChangedAt = now,
                After = next.Fields, SourceIds = next.SourceIds, SourceKinds = next.SourceKinds, DocumentUrls = Urls(supporters),
            });
        }

        if (current!.Fields == next.Fields && SameSupport(current.Supporters, supporters))
        {
            return null;
        }

        return (next, new ClaimChange
        {
            ClaimId = claimId, Version = version, Kind = ChangeKind.Changed, ChangedAt = now,
            Before = current.Fields, After = next.Fields, SourceIds = next.SourceIds, SourceKinds = next.SourceKinds, DocumentUrls = Urls(supporters),
        });
    }

    private static bool SameSupport(IReadOnlyList<ClaimSupport> a, IReadOnlyList<ClaimSupport> b) =>
        a.Count == b.Count && a.Zip(b).All(p => p.First.DocumentKey == p.Second.DocumentKey && p.First.Fields == p.Second.Fields);

    private static List<string> Urls(IEnumerable<ClaimSupport> supporters) =>
        supporters.Select(s => s.Url).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
}
