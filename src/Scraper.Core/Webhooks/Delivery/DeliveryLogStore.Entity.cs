using System.Text;
using System.Text.Json;
using Azure.Data.Tables;

namespace Scraper.Webhooks.Delivery;

/// <summary>Mapping between <see cref="DeliveryRecord"/> and its table entity.</summary>
public sealed partial class DeliveryLogStore
{
    /// <summary>One property per attempt, so an attempt can be logged by a blind merge (no read first).</summary>
    private const string AttemptPrefix = "Attempt";

    private static string AttemptKey(int number) => AttemptPrefix + number.ToString("D3", System.Globalization.CultureInfo.InvariantCulture);

    private static TableEntity ToEntity(DeliveryRecord r)
    {
        var e = new TableEntity(r.SubscriptionId, r.DeliveryId)
        {
            ["EventId"] = r.EventId,
            ["EventType"] = r.EventType,
            ["CreatedAt"] = r.CreatedAt,
            ["Status"] = r.Status.ToString(),
            ["Token"] = r.Token,
            ["NextAttemptTicks"] = r.NextAttemptAt?.UtcTicks ?? 0L,
            ["RunStart"] = r.RunStart,
        };
        foreach (var a in r.Attempts)
        {
            e[AttemptKey(a.Number)] = JsonSerializer.Serialize(a, ScraperJson.Compact);
        }

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
            NextAttemptAt = e.GetInt64("NextAttemptTicks") is > 0 and var t ? new DateTimeOffset(t, TimeSpan.Zero) : null,
            RunStart = e.GetInt32("RunStart") ?? 0,
            Attempts = e.Keys.Where(k => k.StartsWith(AttemptPrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal)
                .Select(k => JsonSerializer.Deserialize<DeliveryAttempt>(e.GetString(k), ScraperJson.Compact)!).ToList(),
        };
    }
}
