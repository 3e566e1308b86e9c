using System.CommandLine;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.Extensions.Logging;
using Scraper.Api;
using Scraper.Cli.Local;

namespace Scraper.Cli.Commands;

/// <summary>`scraper diff DATE`: a day's diff to stdout, through the same handler as GET /api/diffs/{date}.</summary>
internal static class DiffCommand
{
    public static Command Create()
    {
        var date = new Argument<string>("date") { Description = "UTC day, YYYY-MM-DD" };
        var format = new Option<string>("--format") { Description = "json, ndjson, csv or geojson", DefaultValueFactory = _ => "json" };
        var filters = Scraper.Diffs.DiffFilter.Names.Select(n => new Option<string?>("--" + n.Replace('_', '-')) { Description = $"Filter on {n} (comma-separated values)" }).ToList();
        var command = new Command("diff", "Write one UTC day's diff (added, changed, removed claims) to stdout") { date, format };
        filters.ForEach(command.Options.Add);
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var session = await LocalStorageSession.StartAsync(null, null, Console.Error, LogLevel.Warning, cancellationToken);
            var query = new QueryBuilder { { "format", parse.GetValue(format)! } };
            foreach (var f in filters)
            {
                if (parse.GetValue(f) is { Length: > 0 } v)
                {
                    query.Add(f.Name.TrimStart('-').Replace('-', '_'), v);
                }
            }

            var context = new DefaultHttpContext();
            context.Request.RouteValues["date"] = parse.GetValue(date);
            context.Request.QueryString = query.ToQueryString();
            context.Response.Body = Console.OpenStandardOutput();
            var result = await session.Get<DiffApi>().GetDayAsync(context.Request, cancellationToken);
            if (result is StreamedResult)
            {
                await result.ExecuteAsync(context);
                return 0;
            }

            context.Response.Body = Console.OpenStandardError();
            context.RequestServices = session.Services;
            await result.ExecuteAsync(context);
            await Console.Error.WriteLineAsync();
            return 1;
        });
        return command;
    }
}
