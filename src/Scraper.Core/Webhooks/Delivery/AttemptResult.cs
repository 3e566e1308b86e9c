namespace Scraper.Webhooks.Delivery;

/// <summary>How one HTTP attempt ended, as the retry logic sees it.</summary>
public enum AttemptKind
{
    /// <summary>2xx.</summary>
    Succeeded,

    /// <summary>429, 408, 5xx, timeout or network error: try again later.</summary>
    Retryable,

    /// <summary>410: the receiver asks us to stop; the subscription is disabled.</summary>
    Gone,

    /// <summary>3xx (never followed) and other 4xx: failed, not retried automatically.</summary>
    Failed,

    /// <summary>The target failed the SSRF check at send time.</summary>
    Refused,
}

/// <summary>Outcome of one attempt, a value (failures are expected here, not exceptional).</summary>
public sealed record AttemptResult(AttemptKind Kind, int? StatusCode, TimeSpan Latency, string? Error, TimeSpan? RetryAfter);
