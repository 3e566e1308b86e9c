using System.Text.Json.Nodes;

namespace Scraper.Webhooks.Events;

/// <summary>
/// One event before fan-out. <see cref="Id"/> becomes the webhook-id (stable: receivers dedupe on
/// it); the body is the Standard Webhooks envelope {type, timestamp, data}.
/// </summary>
public sealed record WebhookEvent(string Id, string Type, DateTimeOffset Timestamp, JsonObject Data)
{
    public string ToBody() => new JsonObject
    {
        ["type"] = Type,
        ["timestamp"] = Timestamp.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture),
        ["data"] = Data.DeepClone(),
    }.ToJsonString(ScraperJson.Api);
}
