using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Scraper.Cli.Local;
using Scraper.Diffs;
using Scraper.Hosting;
using Scraper.Polling;

namespace Scraper.Cli.Commands;

/// <summary>
/// `scraper run`: the whole Functions app without the Functions host - both timers on their schedules,
/// the queue triggers as local runners with poison handling, and the HTTP API.
/// </summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var url = new Option<string>("--url") { Description = "API listen address", DefaultValueFactory = _ => ServeCommand.DefaultUrl };
        var command = new Command("run", "Run the scheduler, queue workers and API locally against live sources until Ctrl-C") { url };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var session = await LocalStorageSession.StartAsync(null, null, Console.Out, LogLevel.Information, cancellationToken);
            var schedules = session.Get<IOptions<ScheduleOptions>>().Value;
            var time = session.Get<TimeProvider>();
            var logger = session.Get<ILoggerFactory>().CreateLogger("Scraper.Cli.Run");
            await using var server = await ServeCommand.StartAndAnnounceAsync(session, parse.GetValue(url)!, cancellationToken);
            var dispatcher = session.Get<PollDispatcher>();
            var publisher = session.Get<DiffPublisher>();
            var tasks = new List<Task>
            {
                new LocalScheduler("DispatchDuePolls", schedules.DispatchSchedule, ct => dispatcher.DispatchDueAsync(ct), time, logger).RunAsync(cancellationToken),
                new LocalScheduler("PublishDailyDiff", schedules.PublishSchedule, ct => publisher.PublishPendingAsync(null, ct), time, logger).RunAsync(cancellationToken),
            };
            tasks.AddRange(QueueHandlers.Create(session.Services).Select(r => r.RunAsync(cancellationToken)));
            Console.WriteLine($"Dispatching on '{schedules.DispatchSchedule}', publishing on '{schedules.PublishSchedule}' (UTC). Press Ctrl-C to stop.");
            try
            {
                await Task.WhenAll(tasks);
            }
            catch (OperationCanceledException)
            {
                Console.WriteLine("Stopping.");
            }

            return 0;
        });
        return command;
    }
}
