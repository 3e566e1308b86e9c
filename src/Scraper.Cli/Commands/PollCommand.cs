using System.CommandLine;
using Microsoft.Extensions.Logging;
using Scraper.Cli.Local;
using Scraper.Polling;

namespace Scraper.Cli.Commands;

/// <summary>`scraper poll`: poll sources now (all enabled, or the named ones) through the queue, as the timer would.</summary>
internal static class PollCommand
{
    public static Command Create()
    {
        var ids = new Argument<string[]>("source") { Description = "Source ids (default: every enabled source)", Arity = ArgumentArity.ZeroOrMore };
        var command = new Command("poll", "Poll sources once now and store their claims") { ids };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var session = await LocalStorageSession.StartAsync(null, null, Console.Error, LogLevel.Information, cancellationToken);
            var wanted = parse.GetValue(ids) is { Length: > 0 } list ? list : null;
            var sent = await session.Get<PollDispatcher>().DispatchNowAsync(wanted, cancellationToken);
            Console.Error.WriteLine($"Queued {sent.Count} poll requests; processing...");
            foreach (var runner in QueueHandlers.Create(session.Services))
            {
                await runner.DrainAsync(cancellationToken);
            }

            return 0;
        });
        return command;
    }
}
