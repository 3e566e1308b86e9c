namespace Scraper.Webhooks.Subscriptions;

/// <summary>What the API shows of a subscription: everything but the secrets.</summary>
public sealed record SubscriptionView(
    string Id,
    string Url,
    IReadOnlyList<string> EventTypes,
    SubscriptionFilters Filters,
    string? Description,
    bool Enabled,
    string? DisabledReason,
    DateTimeOffset? DisabledAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? FailingSince,
    DateTimeOffset? PreviousSecretExpiresAt)
{
    public static SubscriptionView Of(Subscription s) => new(
        s.Id, s.Url, s.EventTypes, s.Filters, s.Description, s.Enabled, s.DisabledReason, s.DisabledAt,
        s.CreatedAt, s.UpdatedAt, s.FailingSince, s.PreviousSecretExpiresAt);
}

