using Microsoft.AspNetCore.Http;
using Scraper.Diffs;
using Scraper.Diffs.Formats;
using Scraper.Storage;

namespace Scraper.Api;

/// <summary>Handlers for the diff routes (Functions and `scraper serve` call these).</summary>
public sealed class DiffApi(DailyDiffService diffs, DayIndexStore days, IEnumerable<IDiffWriter> writers)
{
    private const string ClosedCache = "public, max-age=86400, immutable";
    private const string LiveCache = "no-cache";

    /// <summary>GET /api/diffs/{date}.</summary>
    public async Task<IResult> GetDayAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var (parsed, error) = DiffRequest.Parse(request, request.RouteValues["date"]?.ToString());
        if (error is not null)
        {
            return error;
        }

        var r = parsed!;
        var (status, published, reason) = await diffs.GetStatusAsync(r.Date, cancellationToken);
        if (status == DayStatus.NotAvailable)
        {
            return Problems.NotFound(reason);
        }

        var writer = writers.Single(w => w.Format == r.Format);
        var media = DiffFormats.MediaType(r.Format) + "; charset=utf-8";
        if (status == DayStatus.Published)
        {
            var etag = $"\"{published!.Files[DiffFormats.Name(DiffFormat.Ndjson)].Sha256[..16]}-{r.Variant}\"";
            if (NotModified(request, etag))
            {
                return Results.StatusCode(StatusCodes.Status304NotModified);
            }

            if (r.Filter.IsEmpty && !r.IsPaged)
            {
                // The same bytes every time: the published file itself.
                return new StreamedResult(media, etag, ClosedCache, async (output, ct) =>
                {
                    await using var file = await diffs.OpenPublishedAsync(r.Date, r.Format, ct);
                    await file.CopyToAsync(output, ct);
                });
            }

            return Render(writer, media, etag, ClosedCache, new DiffHeader(r.Date, false), r, diffs.ReadPublishedAsync(r.Date, cancellationToken));
        }

        // A live day changes with every poll: no validator, clients revalidate (Cache-Control: no-cache).
        return Render(writer, media, null, LiveCache, new DiffHeader(r.Date, true), r, diffs.Compute(r.Date, cancellationToken));
    }

    /// <summary>GET /api/diffs: the manifest of published days.</summary>
    public async Task<IResult> GetManifestAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var all = await days.ListPublishedAsync(cancellationToken);
        return Results.Json(new { days = all }, ScraperJson.Api);
    }

    /// <summary>GET /api/diffs/latest: the newest published day's manifest entry.</summary>
    public async Task<IResult> GetLatestAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var all = await days.ListPublishedAsync(cancellationToken);
        return all.Count == 0 ? Problems.NotFound("no day has been published yet") : Results.Json(all[^1], ScraperJson.Api);
    }

    private static StreamedResult Render(IDiffWriter writer, string media, string? etag, string cache, DiffHeader header, DiffRequest r, IAsyncEnumerable<DiffEntry> source)
    {
        var filtered = source.Where(r.Filter.Matches);
        if (!r.IsPaged)
        {
            return new StreamedResult(media, etag, cache, (output, ct) => writer.WriteAsync(output, header, filtered, null, ct));
        }

        var limit = r.Limit ?? DiffRequest.MaxLimit;
        var more = false;
        var page = Page(filtered, r.Offset, limit, () => more = true);
        return new StreamedResult(media, etag, cache, (output, ct) =>
            writer.WriteAsync(output, header, page, () => more ? ContinuationToken.Write(r.Date, r.Offset + limit) : null, ct));
    }

    private static async IAsyncEnumerable<DiffEntry> Page(IAsyncEnumerable<DiffEntry> source, int offset, int limit, Action hasMore)
    {
        var index = 0;
        await foreach (var e in source)
        {
            if (index >= offset + limit)
            {
                hasMore();
                yield break;
            }

            if (index++ >= offset)
            {
                yield return e;
            }
        }
    }

    private static bool NotModified(HttpRequest request, string etag) =>
        request.Headers.IfNoneMatch.Any(v => v is not null && v.Split(',').Any(t => t.Trim() == etag || t.Trim() == "*"));
}
