using System.Globalization;
using Microsoft.AspNetCore.Http;
using Scraper.Api;
using Scraper.Webhooks.Delivery;

namespace Scraper.Webhooks;

/// <summary>The delivery log and manual redelivery.</summary>
public sealed partial class SubscriptionsApi
{
    public async Task<IResult> ListDeliveriesAsync(HttpRequest request, CancellationToken ct)
    {
        if (await FindAsync(request, ct) is null)
        {
            return NotFound(request);
        }

        var limit = 50;
        if (request.Query["limit"] is { Count: > 0 } l
            && (!int.TryParse(l[0], NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit is < 1 or > 1000))
        {
            return Problems.BadParameter("limit", "an integer from 1 to 1000");
        }

        var since = time.GetUtcNow() - options.Value.DeliveryLogRetention;
        var list = await log.ListAsync(Id(request), since, limit, ct);
        return Results.Json(new { deliveries = list.Select(DeliveryView.Of) }, ScraperJson.Api);
    }

    /// <summary>Starts a new run of attempts (same webhook-id and body) whatever the delivery's state.</summary>
    public async Task<IResult> RedeliverAsync(HttpRequest request, CancellationToken ct)
    {
        if (await FindAsync(request, ct) is not { Enabled: var enabled })
        {
            return NotFound(request);
        }

        if (!enabled)
        {
            return Problems.Conflict("the subscription is disabled; enable it first");
        }

        var deliveryId = request.RouteValues["deliveryId"]?.ToString() ?? "";
        if (await log.GetAsync(Id(request), deliveryId, ct) is not var (record, etag))
        {
            return Problems.NotFound($"no delivery '{deliveryId}'");
        }

        var token = "r" + record.Attempts.Count.ToString(CultureInfo.InvariantCulture) + "-" + time.GetUtcNow().UtcTicks.ToString(CultureInfo.InvariantCulture);
        var updated = record with { Status = DeliveryStatus.Pending, Token = token, RunStart = record.Attempts.Count, NextAttemptAt = time.GetUtcNow() };
        if (!await log.TryUpdateAsync(updated, etag, ct))
        {
            return Problems.Conflict("the delivery changed meanwhile; try again");
        }

        await queue.SendAsync(DeliveryMessage.For(record.SubscriptionId, record.DeliveryId, token), null, ct);
        return Results.Json(DeliveryView.Of(updated), ScraperJson.Api, statusCode: StatusCodes.Status202Accepted);
    }
}
