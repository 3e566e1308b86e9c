using System.Globalization;
using Scraper.Fetching;
using Scraper.Parsing;
using Scraper.Storage;

namespace Scraper.Sources.Adapters;

/// <summary>
/// GDELT 2.0 event exports as an independent-report source: reads lastupdate.txt, downloads the
/// announced 15-minute export zip and keeps rows with CAMEO root code 19 ("fight"; option
/// <c>root_codes</c>, comma-separated, to change), one document per event, at most <c>max_events</c>.
/// </summary>
public sealed class GdeltSourceAdapter(IPageFetcher fetcher, ISnapshotStore snapshots) : ISourceAdapter
{
    public string Name => "gdelt";

    public async Task<SourceReadResult> ReadAsync(SourceDefinition source, CancellationToken cancellationToken)
    {
        var run = new AdapterRun(fetcher, snapshots, source);
        if (source.Urls.Count == 0)
        {
            return run.Fail("gdelt source needs the URL of lastupdate.txt");
        }

        var index = await run.FetchAsync(source.Urls[0], conditional: true, isHtmlPage: false, cancellationToken);
        if (!index.IsSuccess)
        {
            return run.Fail($"{source.Urls[0]}: {index.Error}", index);
        }

        if (index.NotModified)
        {
            return run.Succeed();
        }

        await run.SnapshotAsync(index, cancellationToken);
        if (GdeltParser.ParseLastUpdate(TextDecoding.Decode(index.Body, index.Charset), index.FinalUrl ?? source.Urls[0]) is not { } update)
        {
            return run.Fail($"{source.Urls[0]}: no export file announced", index);
        }

        var export = await run.FetchAsync(update.ExportUrl, conditional: true, isHtmlPage: false, cancellationToken);
        if (!export.IsSuccess)
        {
            return run.Fail($"{update.ExportUrl}: {export.Error}", export);
        }

        if (export.NotModified)
        {
            return run.Succeed();
        }

        if (update.Size is { } size && size != export.Body.Length)
        {
            return run.Fail($"{update.ExportUrl}: {export.Body.Length} bytes, lastupdate.txt announced {size} (partial file)", export);
        }

        var hash = await run.SnapshotAsync(export, cancellationToken);
        var codes = (source.GetString("root_codes") ?? "19").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        var parsed = GdeltParser.ParseExportZip(export.Body, codes);
        if (parsed.Error is not null)
        {
            return run.Fail($"{update.ExportUrl}: {parsed.Error}", export);
        }

        run.Documents.AddRange(parsed.Events.Take(Math.Clamp(source.GetInt("max_events", 500), 1, 10000)).Select(e => ToDocument(e, hash)));
        return run.Succeed();
    }

    /// <summary>An event as a short English report the claim extractor reads like a news sentence.</summary>
    internal static SourceDocument ToDocument(GdeltEvent e, string snapshotHash)
    {
        var actor = e.Actor1Name is null ? "Unidentified forces" : CultureInfo.InvariantCulture.TextInfo.ToTitleCase(e.Actor1Name.ToLowerInvariant());
        var target = e.Actor2Name is null ? "" : " against " + CultureInfo.InvariantCulture.TextInfo.ToTitleCase(e.Actor2Name.ToLowerInvariant());
        var place = e.ActionGeoFullName ?? "an unspecified location";
        var action = CameoFight.Describe(e.EventCode);
        var when = e.DateAdded?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        return new SourceDocument
        {
            ItemId = "gdelt-" + e.GlobalEventId,
            Url = e.SourceUrl,
            Title = $"GDELT event {e.GlobalEventId}: CAMEO {e.EventCode}",
            Published = e.DateAdded,
            Language = "en",
            Text = $"{actor} {action}{target} near {place}{(when is null ? "" : " on " + when)}. Reported by {e.NumSources} source(s), {e.NumMentions} mention(s).",
            Summary = e.SourceUrl,
            SnapshotHash = snapshotHash,
        };
    }
}
