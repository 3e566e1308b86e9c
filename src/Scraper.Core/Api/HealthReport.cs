namespace Scraper.Api;

/// <summary>Body of GET /api/health.</summary>
/// <param name="Status">"healthy", "degraded" (a source failing or silent) or "unhealthy" (storage unreachable).</param>
public sealed record HealthReport(string Status, DateTimeOffset CheckedAt, StorageHealth Storage, IReadOnlyList<SourceHealthReport> Sources);

/// <summary>Whether tables, queues and blobs answered, and how much work is waiting or poisoned.</summary>
public sealed record StorageHealth(bool Reachable, string? Error, int? PollQueueLength, int? PollPoisonLength, int? WebhookQueueLength, int? WebhookPoisonLength);

/// <summary>One source's rolling health as the poller last recorded it.</summary>
public sealed record SourceHealthReport(
    string Id,
    bool Enabled,
    DateTimeOffset? LastRun,
    DateTimeOffset? LastSuccess,
    DateTimeOffset? LastNewItem,
    int ConsecutiveFailures,
    bool Failing,
    bool Silent,
    string? LastError);
