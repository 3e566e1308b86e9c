using System.CommandLine;
using Microsoft.Extensions.Logging;
using Scraper.Cli.Local;
using Scraper.Cli.Demo;

namespace Scraper.Cli.Commands;

/// <summary>
/// `scraper demo`: the offline demo. Azurite + a loopback replay of samples/ (day 1, then day 2) through
/// the real pipeline, a summary of the day-2 diff, then the HTTP API until Ctrl-C.
/// </summary>
internal static class DemoCommand
{
    public static Command Create()
    {
        var noServe = new Option<bool>("--no-serve") { Description = "Exit after printing the day-2 diff" };
        var url = new Option<string>("--url") { Description = "API listen address", DefaultValueFactory = _ => ServeCommand.DefaultUrl };
        var verbose = new Option<bool>("--verbose") { Description = "Show pipeline logs" };
        var command = new Command("demo", "Replay recorded sample pages for two days through the pipeline and show the day-2 diff") { noServe, url, verbose };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var run = await DemoRun.StartAsync(parse.GetValue(verbose) ? LogLevel.Information : LogLevel.Warning, cancellationToken);
            await using (run)
            {
                await run.ReplayAsync(cancellationToken);
                await run.PrintDay2Async(cancellationToken);
                if (!parse.GetValue(noServe))
                {
                    await using var server = await ServeCommand.StartAndAnnounceAsync(run.Session, parse.GetValue(url)!, cancellationToken);
                    Console.WriteLine($"  day-2 diff: {server.BaseUrl}diffs/{DemoRun.Days[^1]:yyyy-MM-dd}");
                    await ServeCommand.WaitForCtrlCAsync(cancellationToken);
                }
            }

            return 0;
        });
        return command;
    }
}
