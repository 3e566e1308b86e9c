using Microsoft.Azure.Functions.Worker;
using Scraper.Polling;

namespace Scraper.Functions.Polling;

/// <summary>Timer (setting DispatchSchedule, 6-field NCRONTAB, UTC): one poll-requests message per due source.</summary>
public sealed class DispatchDuePolls(PollDispatcher dispatcher)
{
    [Function(nameof(DispatchDuePolls))]
    [FixedDelayRetry(3, "00:00:20")]
    public Task Run([TimerTrigger("%DispatchSchedule%")] TimerInfo timer, CancellationToken cancellationToken) =>
        dispatcher.DispatchDueAsync(cancellationToken);
}
