using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Scraper.Webhooks.Subscriptions;

namespace Scraper.Webhooks.Delivery;

/// <summary>
/// Handles one `webhook-deliveries` message: one attempt, logged; then done, retry (a new delayed
/// message), or give up. Same webhook-id every attempt, fresh timestamp and signature. Never throws
/// for receiver failures, so the host's own dequeue-count retries only cover storage outages.
/// </summary>
public sealed partial class WebhookDeliveryProcessor(
    DeliveryLogStore log,
    DeliveryQueue queue,
    SubscriptionStore subscriptions,
    WebhookSender sender,
    IOptions<WebhookOptions> options,
    TimeProvider time,
    ILogger<WebhookDeliveryProcessor> logger)
{
    /// <summary>Processes every delivery of the message concurrently; one outcome per delivery.</summary>
    public async Task<IReadOnlyList<DeliveryOutcome>> ProcessAsync(string messageText, long dequeueCount, CancellationToken cancellationToken)
    {
        if (DeliveryMessage.TryParse(messageText) is not { } message)
        {
            LogMalformed(logger, dequeueCount);
            return [DeliveryOutcome.Dropped];
        }

        return await Task.WhenAll(message.Deliveries.Select(d => ProcessOneAsync(d, message, cancellationToken)));
    }

    private async Task<DeliveryOutcome> ProcessOneAsync(DeliveryTarget target, DeliveryMessage message, CancellationToken cancellationToken)
    {
        // Yield first so a slow lookup or send for one subscriber never holds up the others.
        await Task.Yield();
        var (record, etag) = await LoadAsync(target, message, cancellationToken);
        if (record is null)
        {
            return DeliveryOutcome.Dropped;
        }

        var subscription = await subscriptions.GetCachedAsync(target.SubscriptionId, cancellationToken);
        if (subscription is not { Enabled: true })
        {
            if (etag is { } e)
            {
                await log.TryUpdateAsync(record with { Status = DeliveryStatus.Cancelled, NextAttemptAt = null }, e, cancellationToken);
            }

            return DeliveryOutcome.Dropped;
        }

        var now = time.GetUtcNow();
        var result = await sender.SendAsync(subscription.Url, record.EventId, record.Body, subscription.SigningSecrets(now), cancellationToken);
        var attempt = new DeliveryAttempt(
            record.Attempts.Count + 1, now, result.StatusCode, (long)result.Latency.TotalMilliseconds, result.Error, Manual: record.AttemptsInRun == 0 && record.RunStart > 0);
        var updated = record with { Attempts = [.. record.Attempts, attempt], NextAttemptAt = null };
        LogAttempt(logger, record.DeliveryId, subscription.Id, attempt.Number, result.Kind, result.StatusCode, result.Error);

        var outcome = DeliveryOutcome.Failed;
        if (result.Kind == AttemptKind.Succeeded)
        {
            updated = updated with { Status = DeliveryStatus.Succeeded };
            outcome = DeliveryOutcome.Delivered;
        }
        else if (result.Kind == AttemptKind.Retryable
            && RetrySchedule.NextDelay(updated.AttemptsInRun, result.RetryAfter, Random.Shared.NextDouble()) is { } delay)
        {
            updated = updated with { Status = DeliveryStatus.Retrying, Token = NextToken(updated), NextAttemptAt = now + delay };
            await queue.SendAsync(DeliveryMessage.For(record.SubscriptionId, record.DeliveryId, updated.Token), delay, cancellationToken);
            outcome = DeliveryOutcome.RetryScheduled;
        }
        else
        {
            updated = updated with { Status = DeliveryStatus.Failed };
        }

        if (etag is null)
        {
            await log.MergeAttemptAsync(updated, attempt, cancellationToken);
        }
        else if (!await log.TryUpdateAsync(updated, etag.Value, cancellationToken))
        {
            LogConcurrentUpdate(logger, record.DeliveryId);
        }

        return await TrackHealthAsync(subscription, result, now, cancellationToken) ?? outcome;
    }

    /// <summary>
    /// A first attempt whose message carries the body needs no read (the record was just created
    /// with no attempts); anything else reads the record and checks the message is the current one.
    /// </summary>
    private async Task<(DeliveryRecord? Record, Azure.ETag? ETag)> LoadAsync(DeliveryTarget target, DeliveryMessage message, CancellationToken cancellationToken)
    {
        if (message is { Body: { } body, EventId: { } eventId } && target.Token == DeliveryRecord.InitialToken)
        {
            return (new DeliveryRecord
            {
                SubscriptionId = target.SubscriptionId, DeliveryId = target.DeliveryId, EventId = eventId,
                EventType = message.EventType ?? "", CreatedAt = time.GetUtcNow(), Body = body,
            }, null);
        }

        return await log.GetAsync(target.SubscriptionId, target.DeliveryId, cancellationToken) is var (record, etag)
            && record.Token == target.Token
            && record.Status is DeliveryStatus.Pending or DeliveryStatus.Retrying
            ? (record, etag)
            : (null, null);
    }

    /// <summary>410 disables at once; otherwise a run of failures older than the limit does.</summary>
    private async Task<DeliveryOutcome?> TrackHealthAsync(Subscription s, AttemptResult result, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (result.Kind == AttemptKind.Succeeded)
        {
            if (s.FailingSince is not null)
            {
                await subscriptions.MarkFailingAsync(s.Id, null, cancellationToken);
            }

            return null;
        }

        string? reason = null;
        if (result.Kind == AttemptKind.Gone)
        {
            reason = "the receiver answered 410 Gone";
        }
        else if (s.FailingSince is null)
        {
            await subscriptions.MarkFailingAsync(s.Id, now, cancellationToken);
        }
        else if (now - s.FailingSince >= options.Value.DisableAfterFailingFor)
        {
            reason = $"every delivery failed since {s.FailingSince:O}";
        }

        if (reason is null)
        {
            return null;
        }

        await subscriptions.DisableAsync(s.Id, reason, now, cancellationToken);
        LogDisabled(logger, s.Id, reason);
        return DeliveryOutcome.SubscriptionDisabled;
    }

    private static string NextToken(DeliveryRecord r) => "t" + (r.Attempts.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dropped a malformed webhook delivery message (dequeue count {DequeueCount})")]
    private static partial void LogMalformed(ILogger logger, long dequeueCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "Delivery {DeliveryId} to subscription {SubscriptionId}, attempt {Attempt}: {Kind} {StatusCode} {Error}")]
    private static partial void LogAttempt(ILogger logger, string deliveryId, string subscriptionId, int attempt, AttemptKind kind, int? statusCode, string? error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivery {DeliveryId} was updated concurrently; this attempt's log entry was not saved")]
    private static partial void LogConcurrentUpdate(ILogger logger, string deliveryId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook subscription {SubscriptionId} disabled: {Reason}")]
    private static partial void LogDisabled(ILogger logger, string subscriptionId, string reason);
}
