using Microsoft.Azure.Functions.Worker;
using Scraper.Diffs;

namespace Scraper.Functions.Diffs;

/// <summary>Timer (setting PublishSchedule, default 00:15 UTC): publishes every closed day not yet published.</summary>
public sealed class PublishDailyDiff(DiffPublisher publisher)
{
    [Function(nameof(PublishDailyDiff))]
    [FixedDelayRetry(5, "00:01:00")]
    public Task Run([TimerTrigger("%PublishSchedule%")] TimerInfo timer, CancellationToken cancellationToken) =>
        publisher.PublishPendingAsync(null, cancellationToken);
}
