using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Scraper.Api;
using Scraper.Webhooks.Ssrf;
using Scraper.Webhooks.Subscriptions;

namespace Scraper.Webhooks;

/// <summary>
/// Handlers of /api/subscriptions (admin key). The secret appears only in the answers to create and
/// rotate-secret; every other answer is a <see cref="SubscriptionView"/>.
/// </summary>
public sealed partial class SubscriptionsApi(
    SubscriptionStore store,
    WebhookTargetGuard guard,
    WebhookPublisher publisher,
    Delivery.DeliveryLogStore log,
    Delivery.DeliveryQueue queue,
    IOptions<WebhookOptions> options,
    TimeProvider time)
{
    public async Task<IResult> CreateAsync(HttpRequest request, CancellationToken ct)
    {
        var (body, parameter, error) = SubscriptionRequest.Parse(await ReadJsonAsync(request, ct));
        if (body is null)
        {
            return Problems.BadParameter(parameter!, error!);
        }

        if (await CheckUrlAsync(body.Url, ct) is { } refused)
        {
            return refused;
        }

        var now = time.GetUtcNow();
        var s = new Subscription
        {
            Id = "sub_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(10)),
            Url = body.Url!,
            EventTypes = body.EventTypes ?? [],
            Filters = body.Filters ?? SubscriptionFilters.None,
            Description = body.Description,
            Enabled = body.Enabled ?? true,
            CreatedAt = now,
            UpdatedAt = now,
            Secret = WebhookSecret.Generate(),
        };
        await store.SaveAsync(s, ct);
        return Results.Json(WithSecret(s, s.Secret), ScraperJson.Api, statusCode: StatusCodes.Status201Created);
    }

    public async Task<IResult> ListAsync(HttpRequest request, CancellationToken ct) =>
        Results.Json(new { subscriptions = (await store.ListAsync(ct)).Select(SubscriptionView.Of) }, ScraperJson.Api);

    public async Task<IResult> GetAsync(HttpRequest request, CancellationToken ct) =>
        await FindAsync(request, ct) is { } s ? Results.Json(SubscriptionView.Of(s), ScraperJson.Api) : NotFound(request);

    public async Task<IResult> UpdateAsync(HttpRequest request, CancellationToken ct)
    {
        if (await FindAsync(request, ct) is not { } s)
        {
            return NotFound(request);
        }

        var (body, parameter, error) = SubscriptionRequest.Parse(await ReadJsonAsync(request, ct));
        if (body is null)
        {
            return Problems.BadParameter(parameter!, error!);
        }

        if (body.Url is not null && await CheckUrlAsync(body.Url, ct) is { } refused)
        {
            return refused;
        }

        var reenable = body.Enabled == true && !s.Enabled;
        s = s with
        {
            Url = body.Url ?? s.Url,
            EventTypes = body.EventTypes ?? s.EventTypes,
            Filters = body.Filters ?? s.Filters,
            Description = body.Description ?? s.Description,
            Enabled = body.Enabled ?? s.Enabled,
            DisabledReason = reenable ? null : body.Enabled == false ? "disabled by an administrator" : s.DisabledReason,
            DisabledAt = reenable ? null : body.Enabled == false && s.Enabled ? time.GetUtcNow() : s.DisabledAt,
            FailingSince = reenable ? null : s.FailingSince,
            UpdatedAt = time.GetUtcNow(),
        };
        await store.SaveAsync(s, ct);
        return Results.Json(SubscriptionView.Of(s), ScraperJson.Api);
    }

    public async Task<IResult> DeleteAsync(HttpRequest request, CancellationToken ct) =>
        await store.DeleteAsync(Id(request), ct) ? Results.NoContent() : NotFound(request);

    public async Task<IResult> RotateSecretAsync(HttpRequest request, CancellationToken ct)
    {
        if (await FindAsync(request, ct) is not { } s)
        {
            return NotFound(request);
        }

        var now = time.GetUtcNow();
        s = s with
        {
            PreviousSecret = s.Secret,
            PreviousSecretExpiresAt = now + options.Value.RotationOverlap,
            Secret = WebhookSecret.Generate(),
            UpdatedAt = now,
        };
        await store.SaveAsync(s, ct);
        return Results.Json(WithSecret(s, s.Secret), ScraperJson.Api);
    }

    public async Task<IResult> PingAsync(HttpRequest request, CancellationToken ct)
    {
        if (await FindAsync(request, ct) is not { } s)
        {
            return NotFound(request);
        }

        var now = time.GetUtcNow();
        var e = new Events.WebhookEvent(
            "ping-" + now.UtcTicks.ToString(CultureInfo.InvariantCulture), WebhookEventTypes.Ping, now, new JsonObject { ["subscription_id"] = s.Id });
        var record = await publisher.QueueOneAsync(s, e, ct);
        return Results.Json(new { delivery_id = record?.DeliveryId, event_id = e.Id }, ScraperJson.Api, statusCode: StatusCodes.Status202Accepted);
    }

    private async Task<IResult?> CheckUrlAsync(string? url, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return Problems.BadParameter("url", "a url is required");
        }

        var check = await guard.CheckAsync(url, ct);
        return check.Allowed ? null : Problems.BadParameter("url", "the URL is refused: " + check.Refusal);
    }

    private static JsonObject WithSecret(Subscription s, string secret)
    {
        var node = JsonSerializer.SerializeToNode(SubscriptionView.Of(s), ScraperJson.Api)!.AsObject();
        node["secret"] = secret;
        return node;
    }

    private async Task<Subscription?> FindAsync(HttpRequest request, CancellationToken ct) => await store.GetAsync(Id(request), ct);

    private static string Id(HttpRequest request) => request.RouteValues["id"]?.ToString() ?? "";

    private static IResult NotFound(HttpRequest request) => Problems.NotFound($"no subscription '{Id(request)}'");

    private static async Task<JsonNode?> ReadJsonAsync(HttpRequest request, CancellationToken ct)
    {
        try
        {
            return await JsonNode.ParseAsync(request.Body, cancellationToken: ct);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
