using System.Globalization;
using Microsoft.AspNetCore.Http;
using Scraper.Claims;
using Scraper.Storage;

namespace Scraper.Api;

/// <summary>GET /api/claims/{id} (state, version history, evidence, supporting documents) and the catch-up list.</summary>
public sealed class ClaimsApi(ClaimStore claims, ChangeLogStore changeLog, TimeProvider time)
{
    /// <summary>Catch-up clients may ask for at most this many days back in one call.</summary>
    public const int MaxCatchUpDays = 31;

    public async Task<IResult> GetAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var id = request.RouteValues["id"]?.ToString();
        if (string.IsNullOrWhiteSpace(id) || id.Length > 64 || !id.All(char.IsAsciiLetterOrDigit))
        {
            return Problems.BadParameter("id", "a claim id is 'c' followed by 24 hex digits");
        }

        var stored = await claims.GetAsync(id, cancellationToken);
        if (stored is null)
        {
            return Problems.NotFound($"no claim {id}");
        }

        var state = stored.State;
        var history = new List<ClaimChange>();
        foreach (var day in stored.Days)
        {
            // A claim's versions are its change-log rows, one bounded range per day it changed on.
            history.AddRange(await changeLog.ReadClaimAsync(day, id, cancellationToken));
        }

        return Results.Json(
            new
            {
                claim_id = state.ClaimId,
                version = state.Version,
                removed = state.Removed,
                removed_reason = state.RemovedReason,
                first_seen = state.FirstSeen,
                last_changed = state.LastChanged,
                claim = state.Fields,
                supporting_documents = state.Supporters.Select(s => new
                {
                    source_id = s.SourceId,
                    source_kind = s.SourceKind,
                    url = s.Url,
                    published = s.Published,
                    snapshot_sha256 = s.SnapshotHash,
                    snapshot_blob = s.SnapshotHash is null ? null : $"{StorageNames.SnapshotsContainer}/{BlobSnapshotStore.BlobName(s.SnapshotHash)}",
                    evidence = s.Fields.Evidence,
                }),
                history = history.Select(h => new { version = h.Version, change = h.Kind, changed_at = h.ChangedAt, change_id = h.ChangeId, reason = h.Reason, claim = h.After ?? h.Before }),
            },
            ScraperJson.Api);
    }

    /// <summary>GET /api/claims?changed_since=ISO-8601: changes after that instant (at most 31 days back), oldest first.</summary>
    public async Task<IResult> ListChangedAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var text = request.Query["changed_since"].ToString();
        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var since))
        {
            return Problems.BadParameter("changed_since", $"'{text}' is not an ISO 8601 timestamp (e.g. 2026-11-20T00:00:00Z)");
        }

        var now = time.GetUtcNow();
        if (since < now.AddDays(-MaxCatchUpDays) || since > now)
        {
            return Problems.BadParameter("changed_since", $"must be within the last {MaxCatchUpDays} days; older history is in the published daily diffs (GET /api/diffs)");
        }

        var changes = new List<object>();
        for (var day = DateOnly.FromDateTime(since.UtcDateTime); day <= DateOnly.FromDateTime(now.UtcDateTime); day = day.AddDays(1))
        {
            await foreach (var c in changeLog.ReadDayAsync(day, cancellationToken))
            {
                if (c.ChangedAt > since)
                {
                    changes.Add(new { change_id = c.ChangeId, claim_id = c.ClaimId, version = c.Version, change = c.Kind, changed_at = c.ChangedAt, claim = c.After ?? c.Before, reason = c.Reason });
                }
            }
        }

        return Results.Json(new { changed_since = since, until = now, changes }, ScraperJson.Api);
    }
}
