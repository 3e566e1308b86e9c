namespace Scraper.Webhooks.Subscriptions;

/// <summary>
/// One webhook endpoint. Secrets are stored in the Subscriptions table so deliveries can sign
/// (acceptable for now; Key Vault references are the upgrade path) and never leave the service after
/// creation/rotation: API views are built by <see cref="SubscriptionView"/>, which has no secret.
/// </summary>
public sealed record Subscription
{
    public required string Id { get; init; }
    public required string Url { get; init; }
    public IReadOnlyList<string> EventTypes { get; init; } = [];
    public SubscriptionFilters Filters { get; init; } = SubscriptionFilters.None;
    public string? Description { get; init; }
    public bool Enabled { get; init; } = true;
    public string? DisabledReason { get; init; }
    public DateTimeOffset? DisabledAt { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    public required string Secret { get; init; }
    public string? PreviousSecret { get; init; }
    public DateTimeOffset? PreviousSecretExpiresAt { get; init; }

    /// <summary>Start of the current run of failed deliveries (null after any success).</summary>
    public DateTimeOffset? FailingSince { get; init; }

    public bool Wants(string eventType) =>
        eventType == WebhookEventTypes.Ping || EventTypes.Count == 0 || EventTypes.Contains(eventType, StringComparer.Ordinal);

    /// <summary>Current secret first; the previous one while its rotation overlap lasts (both signatures sent).</summary>
    public IReadOnlyList<string> SigningSecrets(DateTimeOffset now) =>
        PreviousSecret is { } old && PreviousSecretExpiresAt > now ? [Secret, old] : [Secret];
}
