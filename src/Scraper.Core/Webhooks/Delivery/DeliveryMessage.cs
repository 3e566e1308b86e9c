using System.Text.Json;

namespace Scraper.Webhooks.Delivery;

/// <summary>The `webhook-deliveries` queue message: ids only, the body lives in the delivery record.</summary>
public sealed record DeliveryMessage(string SubscriptionId, string DeliveryId, string Token)
{
    public string ToJson() => JsonSerializer.Serialize(this, ScraperJson.Compact);

    public static DeliveryMessage? TryParse(string text)
    {
        try
        {
            var m = JsonSerializer.Deserialize<DeliveryMessage>(text, ScraperJson.Compact);
            return m is { SubscriptionId.Length: > 0, DeliveryId.Length: > 0, Token.Length: > 0 } ? m : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
