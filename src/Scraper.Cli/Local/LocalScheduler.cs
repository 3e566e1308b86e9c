using Microsoft.Extensions.Logging;
using NCrontab;

namespace Scraper.Cli.Local;

/// <summary>
/// Runs a job on a 6-field NCRONTAB schedule (UTC), as the Functions timer trigger does, with the same
/// parser (NCrontab.Signed, seconds included). One process gives the timer's singleton semantics.
/// </summary>
internal sealed partial class LocalScheduler(string name, string schedule, Func<CancellationToken, Task> job, TimeProvider time, ILogger logger)
{
    private readonly CrontabSchedule _cron = CrontabSchedule.Parse(schedule, new CrontabSchedule.ParseOptions { IncludingSeconds = true });

    public DateTimeOffset NextAfter(DateTimeOffset now) =>
        new(_cron.GetNextOccurrence(DateTime.SpecifyKind(now.UtcDateTime, DateTimeKind.Unspecified)), TimeSpan.Zero);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            var now = time.GetUtcNow();
            var next = NextAfter(now);
            await Task.Delay(next - now, time, cancellationToken);
            try
            {
                await job(cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A failed tick is logged and the next occurrence still runs, as with the host's timers.
                LogFailed(logger, name, ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Scheduled job {Job} failed")]
    private static partial void LogFailed(ILogger logger, string job, Exception exception);
}
