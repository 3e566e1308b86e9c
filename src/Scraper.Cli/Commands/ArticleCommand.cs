using System.CommandLine;
using System.Text.Json;
using Scraper.Parsing;

namespace Scraper.Cli.Commands;

/// <summary>`scraper article FILE...`: title, publication time and body text of saved article pages, one NDJSON line per file.</summary>
internal static class ArticleCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("files") { Description = "Saved pages (.html or .html.gz)", Arity = ArgumentArity.OneOrMore };
        var command = new Command("article", "Extract the article body of saved HTML pages and print one JSON line per file") { files };
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
            return new { file = path, title = (string?)null, published = (string?)null, text = "", error };
        }

        try
        {
            var article = ArticleExtractor.Extract(TextDecoding.Decode(bytes, null));
            return new { file = path, title = article.Title, published = InputFile.Iso(article.Published), text = article.Text };
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Never crash on a hostile page: report it for this file and go on with the rest.
            return new { file = path, title = (string?)null, published = (string?)null, text = "", error = $"{ex.GetType().Name}: {ex.Message}" };
        }
    }
}
