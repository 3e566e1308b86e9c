using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Scraper.Claims;
using Scraper.Diffs;
using Scraper.Extraction;
using Scraper.Storage;

namespace Scraper.Webhooks.Events;

/// <summary>
/// Pure: builds thin event payloads (ids, change type, changed field names, a short claim summary
/// and links) that stay far below 20 KB; the full claim is one GET away.
/// </summary>
public static class WebhookPayloads
{
    /// <returns>The event, or null for a change that changes nothing visible (nothing is sent).</returns>
    public static WebhookEvent? ForClaimChange(ClaimChange change, Uri? baseUrl)
    {
        var claim = change.After ?? change.Before;
        if (claim is null)
        {
            return null;
        }

        string type;
        JsonArray? fields = null;
        switch (change.Kind)
        {
            case ChangeKind.Added:
                type = WebhookEventTypes.ClaimCreated;
                break;
            case ChangeKind.Removed:
                type = WebhookEventTypes.ClaimRemoved;
                break;
            default:
                var names = change.Before is null || change.After is null
                    ? []
                    : DailyDiffCalculator.FieldDiff(change.Before, change.After).Keys.ToList();
                if (names.Count == 0 && change.Before is not null)
                {
                    return null;
                }

                type = WebhookEventTypes.ClaimUpdated;
                fields = new JsonArray(names.Select(n => (JsonNode?)n).ToArray());
                break;
        }

        var day = ChangeLogStore.DayKey(change.ChangedAt);
        var data = new JsonObject
        {
            ["change_id"] = change.ChangeId,
            ["claim_id"] = change.ClaimId,
            ["version"] = change.Version,
            ["change"] = change.Kind.ToString().ToLowerInvariant(),
            ["changed_at"] = change.ChangedAt.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
            ["changed_fields"] = fields,
            ["reason"] = change.Reason,
            ["source_ids"] = new JsonArray(change.SourceIds.Take(20).Select(s => (JsonNode?)s).ToArray()),
            ["claim"] = Summary(claim),
            ["links"] = new JsonObject
            {
                ["claim"] = Link(baseUrl, "claims/" + Uri.EscapeDataString(change.ClaimId)),
                ["diff"] = Link(baseUrl, "diffs/" + day),
            },
        };
        return new WebhookEvent(change.ChangeId, type, change.ChangedAt, data);
    }

    public static WebhookEvent ForDiffPublished(DateOnly day, object manifestEntry, IReadOnlyDictionary<string, Uri> downloads, DateTimeOffset at, Uri? baseUrl)
    {
        var entry = JsonSerializer.SerializeToNode(manifestEntry, ScraperJson.Api);
        var dayText = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var links = new JsonObject { ["diff"] = Link(baseUrl, "diffs/" + dayText), ["manifest"] = Link(baseUrl, "diffs") };
        foreach (var (format, url) in downloads.OrderBy(d => d.Key, StringComparer.Ordinal))
        {
            links["download_" + format] = url.IsAbsoluteUri ? url.AbsoluteUri : url.OriginalString;
        }

        // A republished day with other content (late changes) is a new event: the id includes a hash of the entry,
        // without its publishing time, so publishing the same files again after a crash is the same event.
        var identity = entry?.DeepClone();
        (identity as JsonObject)?.Remove("published_at");
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity?.ToJsonString() ?? "")))[..12];
        var data = new JsonObject { ["day"] = dayText, ["manifest_entry"] = entry, ["links"] = links };
        return new WebhookEvent($"diff-{day:yyyyMMdd}-{hash}", WebhookEventTypes.DiffPublished, at, data);
    }

    public static WebhookEvent ForSourceHealth(SourceHealth health, bool failing, string? sourceName, DateTimeOffset at, Uri? baseUrl)
    {
        var type = failing ? WebhookEventTypes.SourceFailing : WebhookEventTypes.SourceRecovered;
        var data = new JsonObject
        {
            ["source_id"] = health.SourceId,
            ["source_name"] = sourceName,
            ["consecutive_failures"] = health.ConsecutiveFailures,
            ["last_success"] = health.LastSuccess?.ToString("O", CultureInfo.InvariantCulture),
            ["last_error"] = health.LastError is { Length: > 500 } e ? e[..500] : health.LastError,
            ["links"] = new JsonObject { ["source"] = Link(baseUrl, "sources/" + Uri.EscapeDataString(health.SourceId)) },
        };
        var id = $"src-{SafeId(health.SourceId)}-{(failing ? "failing" : "recovered")}-{at.UtcTicks}";
        return new WebhookEvent(id, type, at, data);
    }

    /// <summary>The fields a receiver needs to decide whether to fetch the claim; no evidence text.</summary>
    private static JsonObject Summary(StrikeClaim c) => new()
    {
        ["claimant"] = c.Claimant,
        ["attacker"] = c.Attacker,
        ["target"] = c.Target is { Length: > 200 } t ? t[..200] : c.Target,
        ["target_group"] = c.TargetGroup,
        ["place"] = c.PlaceNormalized ?? c.Place,
        ["country"] = c.Country,
        ["event_date"] = c.EventDate,
        ["killed"] = c.Killed,
        ["injured"] = c.Injured,
    };

    private static string Link(Uri? baseUrl, string path) =>
        baseUrl is null ? "/api/" + path : baseUrl.AbsoluteUri.TrimEnd('/') + "/" + path;

    /// <summary>webhook-id must not contain '.' (the signed string is id.timestamp.body).</summary>
    private static string SafeId(string s) => new(s.Select(ch => char.IsAsciiLetterOrDigit(ch) || ch is '-' or '_' ? ch : '_').ToArray());
}
