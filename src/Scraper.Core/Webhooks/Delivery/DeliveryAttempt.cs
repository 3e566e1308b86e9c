namespace Scraper.Webhooks.Delivery;

/// <summary>One HTTP attempt in the delivery log.</summary>
/// <param name="Number">1-based over the delivery's whole life (redeliveries continue the count).</param>
/// <param name="StatusCode">The receiver's status, null when no answer came (timeout, refused, network).</param>
/// <param name="Manual">True for the first attempt of a manual redelivery.</param>
public sealed record DeliveryAttempt(int Number, DateTimeOffset At, int? StatusCode, long LatencyMs, string? Error, bool Manual = false);
