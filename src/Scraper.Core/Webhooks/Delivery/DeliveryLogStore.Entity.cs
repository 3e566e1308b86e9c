using System.Text;
using System.Text.Json;
using Azure.Data.Tables;

namespace Scraper.Webhooks.Delivery;

/// <summary>Mapping between <see cref="DeliveryRecord"/> and its table entity.</summary>
public sealed partial class DeliveryLogStore
{
    private static TableEntity ToEntity(DeliveryRecord r)
    {
        var e = new TableEntity(r.SubscriptionId, r.DeliveryId)
        {
            ["EventId"] = r.EventId,
            ["EventType"] = r.EventType,
            ["CreatedAt"] = r.CreatedAt,
            ["Status"] = r.Status.ToString(),
            ["Token"] = r.Token,
            ["NextAttemptAt"] = r.NextAttemptAt,
            ["RunStart"] = r.RunStart,
            ["Attempts"] = JsonSerializer.Serialize(r.Attempts, ScraperJson.Compact),
        };
        var chunks = 0;
        for (var i = 0; i < r.Body.Length; i += ChunkChars, chunks++)
        {
            e["Body" + chunks] = r.Body.Substring(i, Math.Min(ChunkChars, r.Body.Length - i));
        }

        e["BodyChunks"] = chunks;
        return e;
    }

    private static DeliveryRecord FromEntity(TableEntity e)
    {
        var body = new StringBuilder();
        var chunks = e.GetInt32("BodyChunks") ?? 0;
        for (var i = 0; i < chunks; i++)
        {
            body.Append(e.GetString("Body" + i));
        }

        return new DeliveryRecord
        {
            SubscriptionId = e.PartitionKey,
            DeliveryId = e.RowKey,
            EventId = e.GetString("EventId"),
            EventType = e.GetString("EventType"),
            CreatedAt = e.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.MinValue,
            Body = body.ToString(),
            Status = Enum.TryParse<DeliveryStatus>(e.GetString("Status"), out var s) ? s : DeliveryStatus.Pending,
            Token = e.GetString("Token") ?? DeliveryRecord.InitialToken,
            NextAttemptAt = e.GetDateTimeOffset("NextAttemptAt"),
            RunStart = e.GetInt32("RunStart") ?? 0,
            Attempts = JsonSerializer.Deserialize<List<DeliveryAttempt>>(e.GetString("Attempts") ?? "[]", ScraperJson.Compact) ?? [],
        };
    }
}
