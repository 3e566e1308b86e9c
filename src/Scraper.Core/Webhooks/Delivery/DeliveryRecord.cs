namespace Scraper.Webhooks.Delivery;

/// <summary>
/// One event for one subscription, with its attempts. <see cref="Body"/> is built once so every
/// attempt (and a redelivery) sends the same bytes under the same webhook-id.
/// <see cref="Token"/> names the one queue message currently allowed to act on it; older or
/// duplicate messages are dropped.
/// </summary>
public sealed record DeliveryRecord
{
    public required string SubscriptionId { get; init; }
    public required string DeliveryId { get; init; }
    public required string EventId { get; init; }
    public required string EventType { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required string Body { get; init; }
    public DeliveryStatus Status { get; init; } = DeliveryStatus.Pending;
    public string Token { get; init; } = InitialToken;
    public DateTimeOffset? NextAttemptAt { get; init; }
    public IReadOnlyList<DeliveryAttempt> Attempts { get; init; } = [];

    /// <summary>Index in <see cref="Attempts"/> where the current run (first send or manual redelivery) began.</summary>
    public int RunStart { get; init; }

    public const string InitialToken = "t0";

    public int AttemptsInRun => Attempts.Count - RunStart;
}
