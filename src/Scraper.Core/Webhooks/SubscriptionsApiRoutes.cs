using Scraper.Api;

namespace Scraper.Webhooks;

/// <summary>The subscription routes; all need the admin key.</summary>
public sealed class SubscriptionsApiRoutes(SubscriptionsApi api) : IApiRouteProvider
{
    public IEnumerable<ApiRoute> GetRoutes() =>
    [
        new("POST", "subscriptions", ApiAccess.Admin, "CreateSubscription", "Register a webhook endpoint; the answer holds its signing secret (shown once)", api.CreateAsync),
        new("GET", "subscriptions", ApiAccess.Admin, "ListSubscriptions", "List webhook subscriptions", api.ListAsync),
        new("GET", "subscriptions/{id}", ApiAccess.Admin, "GetSubscription", "One webhook subscription", api.GetAsync),
        new("PATCH", "subscriptions/{id}", ApiAccess.Admin, "UpdateSubscription", "Change url, event types, filters, description or enabled", api.UpdateAsync),
        new("DELETE", "subscriptions/{id}", ApiAccess.Admin, "DeleteSubscription", "Delete a webhook subscription", api.DeleteAsync),
        new("POST", "subscriptions/{id}/rotate-secret", ApiAccess.Admin, "RotateSubscriptionSecret", "New signing secret; the old one keeps signing for 24 h", api.RotateSecretAsync),
        new("POST", "subscriptions/{id}/ping", ApiAccess.Admin, "PingSubscription", "Queue a webhook.ping event to the endpoint", api.PingAsync),
        new("GET", "subscriptions/{id}/deliveries", ApiAccess.Admin, "ListSubscriptionDeliveries", "Delivery log of the last 30 days, newest first", api.ListDeliveriesAsync, ["limit"]),
        new("POST", "subscriptions/{id}/deliveries/{deliveryId}/redeliver", ApiAccess.Admin, "RedeliverWebhook", "Send a delivery again (same webhook-id)", api.RedeliverAsync),
    ];
}
