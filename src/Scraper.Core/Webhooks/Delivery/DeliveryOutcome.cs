namespace Scraper.Webhooks.Delivery;

/// <summary>What processing one queue message did (for the runner's logs and the tests).</summary>
public enum DeliveryOutcome
{
    Delivered,
    RetryScheduled,
    Failed,
    SubscriptionDisabled,

    /// <summary>Malformed, stale (superseded token), duplicate, or its subscription is gone or disabled.</summary>
    Dropped,
}
