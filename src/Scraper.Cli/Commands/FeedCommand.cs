using System.CommandLine;
using System.Text.Json;
using Scraper.Parsing;

namespace Scraper.Cli.Commands;

/// <summary>`scraper feed FILE...`: one NDJSON line per feed file, for source authors checking what Scraper reads.</summary>
internal static class FeedCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("files") { Description = "RSS, RDF, Atom or JSON Feed files (.gz accepted)", Arity = ArgumentArity.OneOrMore };
        var command = new Command("feed", "Parse feed files and print one JSON line per file") { files };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var stdout = InputFile.OpenStdout();
            foreach (var path in parse.GetValue(files) ?? [])
            {
                await stdout.WriteLineAsync(JsonSerializer.Serialize(await ReadOneAsync(path, cancellationToken), ScraperJson.Api));
                await stdout.FlushAsync(cancellationToken);
            }

            return 0;
        });
        return command;
    }

    private static async Task<object> ReadOneAsync(string path, CancellationToken cancellationToken)
    {
        var (bytes, error) = await InputFile.ReadAsync(path, cancellationToken);
        if (bytes is null)
        {
            return Failure(path, error ?? "unreadable file");
        }

        FeedParseResult result;
        try
        {
            result = FeedParser.Parse(bytes, null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The command must never crash on a hostile file: report the parser defect for this file and go on.
            return Failure(path, $"{ex.GetType().Name}: {ex.Message}");
        }

        if (result.Feed is not { } feed)
        {
            return Failure(path, result.Error ?? "not a feed");
        }

        return new
        {
            file = path,
            ok = true,
            error = (string?)null,
            title = feed.Title,
            link = feed.Link,
            items = feed.Items.Select(i => new
            {
                id = i.Id,
                title = i.Title,
                link = i.Link,
                published = InputFile.Iso(i.Published),
                updated = InputFile.Iso(i.Updated),
                author = i.Author,
                summary = Summary(i.Summary),
            }).ToList(),
        };
    }

    private static string? Summary(string? html)
    {
        var text = HtmlText.ToPlainText(html);
        return text.Length == 0 ? null : text;
    }

    private static object Failure(string path, string error) =>
        new { file = path, ok = false, error, title = (string?)null, link = (string?)null, items = Array.Empty<object>() };
}
