using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Scraper.Extraction;
using Scraper.Fetching;
using Scraper.Sources;
using Scraper.Sources.Adapters;
using Scraper.Storage;

namespace Scraper.Cli.Commands;

/// <summary>
/// `scraper sources try ID`: fetches one source live through its real adapter and the real (polite)
/// fetcher and prints what would be stored - one NDJSON line per document with the claims the extractor
/// finds, then a summary line - without storing anything. Storage is swapped for dry-run parts (snapshot
/// hashes computed, not written; no stored validators, so the fetch is unconditional) instead of running
/// the pipeline with a flag, so no code path in the pipeline has to know about "pretend" mode.
/// </summary>
internal static class SourcesTryCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("id") { Description = "Source id from the catalogue" };
        var file = SourcesCommand.CatalogOption();
        var command = new Command("try", "Fetch one source live and print what would be stored, without storing") { id, file };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = SourcesCommand.CatalogPath(parse.GetValue(file));
            var (sources, errors) = File.Exists(path) ? SourceCatalogLoader.Validate(path, File.ReadAllText(path)) : ([], [new CatalogError(path, null, "(file)", "file not found")]);
            var source = sources.FirstOrDefault(s => s.Id == parse.GetValue(id));
            if (source is null)
            {
                var why = errors.FirstOrDefault(e => e.SourceId == parse.GetValue(id))?.ToString() ?? $"no source '{parse.GetValue(id)}' in {path}";
                await Console.Error.WriteLineAsync("error: " + why);
                return 2;
            }

            using var services = CliServices.BuildOffline(
                [new("Sources:CatalogPath", path)],
                s =>
                {
                    s.Replace(ServiceDescriptor.Singleton<ISnapshotStore, DryRunSnapshotStore>());
                    s.Replace(ServiceDescriptor.Singleton<IHttpValidatorStore, NoStoredValidators>());
                });
            var adapter = services.GetRequiredService<SourceAdapterRegistry>().Find(source.Adapter);
            if (adapter is null)
            {
                await Console.Error.WriteLineAsync($"error: adapter '{source.Adapter}' is not available in this build");
                return 2;
            }

            var read = await adapter.ReadAsync(source, cancellationToken);
            var extractor = services.GetRequiredService<IClaimExtractor>();
            foreach (var d in read.Documents)
            {
                var claims = extractor.Extract(new ExtractionInput(
                    d.Text, d.Published is { } p ? DateOnly.FromDateTime(p.UtcDateTime) : null, d.Language, source.Kind.ToString().ToLowerInvariant(), source.Name));
                Console.Out.WriteLine(JsonSerializer.Serialize(
                    new { document = d with { Text = d.Text.Length > 400 ? d.Text[..400] + "…" : d.Text }, text_chars = d.Text.Length, claims },
                    ScraperJson.Api));
            }

            Console.Out.WriteLine(JsonSerializer.Serialize(
                new
                {
                    source = source.Id,
                    ok = read.IsSuccess,
                    error = read.Error,
                    http_status = read.HttpStatus,
                    bytes = read.Bytes,
                    documents = read.Documents.Count,
                    fetches = read.Fetches.Select(f => new { url = f.RequestedUrl, final_url = f.FinalUrl, status = (int?)f.Status, bytes = f.Body.Length, elapsed_ms = (long)f.Elapsed.TotalMilliseconds, error = f.Error }),
                },
                ScraperJson.Api));
            return read.IsSuccess ? 0 : 1;
        });
        return command;
    }
}
