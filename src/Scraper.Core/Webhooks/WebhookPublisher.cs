using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Scraper.Claims;
using Scraper.Diffs;
using Scraper.Polling;
using Scraper.Sources;
using Scraper.Storage;
using Scraper.Webhooks.Delivery;
using Scraper.Webhooks.Events;
using Scraper.Webhooks.Subscriptions;

namespace Scraper.Webhooks;

/// <summary>
/// Fan-out: one delivery record and one queue message per (matching subscription, event). The
/// delivery id is derived from both ids, so a repeated call after a crash queues nothing twice
/// that already went out. Sending happens in the queue consumer, never here.
/// </summary>
public sealed partial class WebhookPublisher(
    SubscriptionStore subscriptions,
    DeliveryLogStore log,
    DeliveryQueue queue,
    ISourceCatalog catalog,
    IOptions<WebhookOptions> options,
    IOptions<DiffOptions> diffOptions,
    TimeProvider time,
    ILogger<WebhookPublisher> logger) : IWebhookPublisher, IClaimChangeSink
{
    private Uri? BaseUrl => diffOptions.Value.PublicBaseUrl;

    public async Task OnChangesAsync(IReadOnlyList<ClaimChange> changes, CancellationToken cancellationToken)
    {
        var targets = changes.Count == 0 ? [] : await EnabledAsync(cancellationToken);
        if (targets.Count == 0)
        {
            return;
        }

        // The catalogue is only needed for the `kind` filter.
        var kinds = targets.Any(s => s.Filters.Kind.Count > 0)
            ? (await catalog.GetAllAsync(cancellationToken)).ToDictionary(s => s.Id, s => s.Kind.ToString(), StringComparer.Ordinal)
            : [];
        var events = new List<(WebhookEvent, Func<Subscription, bool>)>();
        foreach (var change in changes)
        {
            if (WebhookPayloads.ForClaimChange(change, BaseUrl) is { } e)
            {
                var claim = (change.After ?? change.Before)!;
                events.Add((e, s => s.Filters.MatchesClaim(claim, change.SourceIds, id => kinds.GetValueOrDefault(id))));
            }
        }

        await FanOutAsync(targets, events, cancellationToken);
    }

    public async Task<int> PublishDiffPublishedAsync(DateOnly day, object manifestEntry, IReadOnlyDictionary<string, Uri> downloads, int entryCount, CancellationToken cancellationToken)
    {
        var targets = entryCount == 0 ? [] : await EnabledAsync(cancellationToken);
        var e = WebhookPayloads.ForDiffPublished(day, manifestEntry, downloads, time.GetUtcNow(), BaseUrl);
        return targets.Count == 0 ? 0 : await FanOutAsync(targets, [(e, _ => true)], cancellationToken);
    }

    public async Task<int> PublishSourceHealthAsync(SourceHealth health, bool failing, CancellationToken cancellationToken)
    {
        var targets = await EnabledAsync(cancellationToken);
        if (targets.Count == 0)
        {
            return 0;
        }

        var source = await catalog.FindAsync(health.SourceId, cancellationToken);
        var e = WebhookPayloads.ForSourceHealth(health, failing, source?.Name, time.GetUtcNow(), BaseUrl);
        var kind = source?.Kind.ToString();
        return await FanOutAsync(targets, [(e, s => s.Filters.MatchesSources([health.SourceId], _ => kind))], cancellationToken);
    }

    /// <summary>Queues one event to one subscription regardless of its event types (ping).</summary>
    internal async Task<DeliveryRecord?> QueueOneAsync(Subscription subscription, WebhookEvent e, CancellationToken cancellationToken)
    {
        var records = await QueueAsync([NewRecord(subscription, e)], cancellationToken);
        return records.Count > 0 ? records[0] : null;
    }

    private async Task<List<Subscription>> EnabledAsync(CancellationToken cancellationToken) =>
        (await subscriptions.ListAsync(cancellationToken)).Where(s => s.Enabled).ToList();

    private async Task<int> FanOutAsync(
        IReadOnlyList<Subscription> targets, IReadOnlyList<(WebhookEvent Event, Func<Subscription, bool> Matches)> events, CancellationToken cancellationToken)
    {
        var records = new List<DeliveryRecord>();
        foreach (var (e, matches) in events)
        {
            var body = e.ToBody();
            if (Encoding.UTF8.GetByteCount(body) > options.Value.MaxPayloadBytes)
            {
                LogTooLarge(logger, e.Id, options.Value.MaxPayloadBytes);
                continue;
            }

            records.AddRange(targets.Where(s => s.Wants(e.Type) && matches(s)).Select(s => NewRecord(s, e, body)));
        }

        return (await QueueAsync(records, cancellationToken)).Count;
    }

    private async Task<IReadOnlyList<DeliveryRecord>> QueueAsync(IReadOnlyList<DeliveryRecord> records, CancellationToken cancellationToken)
    {
        var toSend = await log.AddNewAsync(records, cancellationToken);
        var messages = toSend
            .GroupBy(r => r.EventId, StringComparer.Ordinal)
            .SelectMany(g => g.Chunk(DeliveryMessage.MaxDeliveries))
            .Select(c => new DeliveryMessage(
                c.Select(r => new DeliveryTarget(r.SubscriptionId, r.DeliveryId, r.Token)).ToList(),
                c[0].EventId,
                c[0].EventType,
                c.All(r => r.Token == DeliveryRecord.InitialToken) && c[0].Body.Length <= DeliveryMessage.MaxInlineBodyChars ? c[0].Body : null));
        await Parallel.ForEachAsync(
            messages,
            new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken },
            async (m, ct) => await queue.SendAsync(m, null, ct));
        return toSend;
    }

    private DeliveryRecord NewRecord(Subscription s, WebhookEvent e, string? body = null) => new()
    {
        SubscriptionId = s.Id,
        DeliveryId = DeliveryId(s.Id, e.Id),
        EventId = e.Id,
        EventType = e.Type,
        CreatedAt = time.GetUtcNow(),
        Body = body ?? e.ToBody(),
    };

    /// <summary>Deterministic: the same event for the same subscription is the same delivery.</summary>
    public static string DeliveryId(string subscriptionId, string eventId) =>
        "dlv_" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(subscriptionId + "\n" + eventId)))[..24];

    [LoggerMessage(Level = LogLevel.Warning, Message = "Event {EventId} is larger than {MaxBytes} bytes and was not sent")]
    private static partial void LogTooLarge(ILogger logger, string eventId, int maxBytes);
}
