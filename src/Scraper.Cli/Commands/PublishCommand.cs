using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Scraper.Cli.Local;
using Scraper.Diffs;

namespace Scraper.Cli.Commands;

/// <summary>`scraper publish`: the PublishDailyDiff timer's work, run now.</summary>
internal static class PublishCommand
{
    public static Command Create()
    {
        var until = new Option<string?>("--date") { Description = "Publish closed days up to this UTC day (default: yesterday)" };
        var command = new Command("publish", "Publish every closed day's diff files and the manifest to Blob Storage") { until };
        command.SetAction(async (parse, cancellationToken) =>
        {
            DateOnly? last = null;
            if (parse.GetValue(until) is { } text)
            {
                if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                {
                    await Console.Error.WriteLineAsync($"error: --date '{text}' is not a date in YYYY-MM-DD form");
                    return 2;
                }

                last = d;
            }

            await using var session = await LocalStorageSession.StartAsync(null, null, Console.Error, LogLevel.Information, cancellationToken);
            var published = await session.Get<DiffPublisher>().PublishPendingAsync(last, cancellationToken);
            foreach (var e in published)
            {
                Console.WriteLine($"published {e.Date}: {e.Entries.Added} added, {e.Entries.Changed} changed, {e.Entries.Removed} removed");
            }

            Console.WriteLine(published.Count == 0 ? "nothing to publish: every closed day is already published" : $"{published.Count} day(s) published");
            return 0;
        });
        return command;
    }
}
