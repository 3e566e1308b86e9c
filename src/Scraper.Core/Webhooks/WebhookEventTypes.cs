namespace Scraper.Webhooks;

/// <summary>Event type names (Standard Webhooks: dot-separated, [a-zA-Z0-9_]).</summary>
public static class WebhookEventTypes
{
    public const string ClaimCreated = "claim.created";
    public const string ClaimUpdated = "claim.updated";
    public const string ClaimRemoved = "claim.removed";
    public const string DiffPublished = "diff.published";
    public const string SourceFailing = "source.failing";
    public const string SourceRecovered = "source.recovered";

    /// <summary>Sent on request only (POST .../ping); needs no subscription to it.</summary>
    public const string Ping = "webhook.ping";

    public static readonly IReadOnlyList<string> All =
        [ClaimCreated, ClaimUpdated, ClaimRemoved, DiffPublished, SourceFailing, SourceRecovered];

    public static bool IsKnown(string type) => All.Contains(type, StringComparer.Ordinal);
}
