using System.Text.Json;

namespace Scraper.Webhooks.Delivery;

/// <summary>One delivery a message asks for: ids only, the body lives in the delivery record.</summary>
public sealed record DeliveryTarget(string SubscriptionId, string DeliveryId, string Token);

/// <summary>
/// The `webhook-deliveries` queue message. A fan-out sends one message per event listing every
/// subscription's delivery (5x fewer queue operations for 5 subscribers); they are sent
/// concurrently and independently. A retry is a message with a single delivery.
/// </summary>
/// <param name="Deliveries">The deliveries to attempt.</param>
/// <param name="Body">The event body when small enough: first attempts then need no record read.</param>
public sealed record DeliveryMessage(IReadOnlyList<DeliveryTarget> Deliveries, string? EventId = null, string? EventType = null, string? Body = null)
{
    /// <summary>Bodies up to this many characters ride in the message (64 KB limit after base64).</summary>
    public const int MaxInlineBodyChars = 24_000;

    /// <summary>Keeps a message well below the 64 KB queue limit.</summary>
    public const int MaxDeliveries = 200;

    public static DeliveryMessage For(string subscriptionId, string deliveryId, string token) =>
        new([new DeliveryTarget(subscriptionId, deliveryId, token)]);

    public string ToJson() => JsonSerializer.Serialize(this, ScraperJson.Compact);

    public static DeliveryMessage? TryParse(string text)
    {
        try
        {
            var m = JsonSerializer.Deserialize<DeliveryMessage>(text, ScraperJson.Compact);
            return m is { Deliveries.Count: > 0 } && m.Deliveries.All(d => d is { SubscriptionId.Length: > 0, DeliveryId.Length: > 0, Token.Length: > 0 })
                ? m
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
