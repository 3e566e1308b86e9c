using Scraper.Webhooks.Delivery;

namespace Scraper.Webhooks;

/// <summary>A delivery as the log API shows it (no body: it can be redelivered instead).</summary>
public sealed record DeliveryView(
    string Id,
    string EventId,
    string EventType,
    DateTimeOffset CreatedAt,
    DeliveryStatus Status,
    DateTimeOffset? NextAttemptAt,
    IReadOnlyList<DeliveryAttempt> Attempts)
{
    public static DeliveryView Of(DeliveryRecord r) => new(r.DeliveryId, r.EventId, r.EventType, r.CreatedAt, r.Status, r.NextAttemptAt, r.Attempts);
}
