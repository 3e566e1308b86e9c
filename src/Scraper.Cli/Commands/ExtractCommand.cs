using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Scraper.Extraction;

namespace Scraper.Cli.Commands;

/// <summary>`scraper extract FILE`: claims in one plain-text file, as {"claims":[...]} (contract of issue 4).</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "UTF-8 plain text file" };
        var published = new Option<string?>("--published") { Description = "Publication date YYYY-MM-DD (resolves relative dates)" };
        var lang = new Option<string?>("--lang") { Description = "en, ru, uk or ar (omitted: detect)" };
        var kind = new Option<string?>("--kind") { Description = "ministry, news or monitor" };
        var sourceName = new Option<string?>("--source-name") { Description = "Name of the publishing source" };
        var command = new Command("extract", "Extract strike claims from a text file and print them as JSON") { file, published, lang, kind, sourceName };
        command.SetAction((parse, cancellationToken) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                Console.Error.WriteLine($"error: file not found: {path.FullName}");
                return Task.FromResult(2);
            }

            DateOnly? date = null;
            if (parse.GetValue(published) is { } p)
            {
                if (!DateOnly.TryParseExact(p, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                {
                    Console.Error.WriteLine($"error: --published '{p}' is not a date in YYYY-MM-DD form");
                    return Task.FromResult(2);
                }

                date = d;
            }

            using var services = CliServices.BuildOffline();
            var extractor = services.GetRequiredService<IClaimExtractor>();
            var text = File.ReadAllText(path.FullName, Encoding.UTF8);
            var claims = extractor.Extract(new ExtractionInput(text, date, parse.GetValue(lang), parse.GetValue(kind), parse.GetValue(sourceName)));
            Console.Out.WriteLine(JsonSerializer.Serialize(new { claims }, ScraperJson.Api));
            return Task.FromResult(0);
        });
        return command;
    }
}
