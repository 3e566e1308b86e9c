using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Scraper.Diffs.Formats;
using Scraper.Storage;

namespace Scraper.Diffs;

/// <summary>
/// Publishes every closed day not yet published (catch-up), oldest first: each format gzipped to
/// diffs/YYYY/MM/DD.&lt;format&gt;.gz, then the day's manifest row, then diffs/manifest.json. A crash
/// in between republishes the same bytes (deterministic output), so it is idempotent.
/// </summary>
public sealed partial class DiffPublisher(
    DailyDiffService diffs,
    DayIndexStore days,
    ScraperStorage storage,
    IEnumerable<IDiffWriter> writers,
    IEnumerable<IDiffPublishedSink> sinks,
    IOptions<DiffOptions> options,
    TimeProvider time,
    ILogger<DiffPublisher> logger)
{
    public const string ManifestBlob = "manifest.json";

    /// <summary>Publishes closed days up to <paramref name="until"/> (default: yesterday).</summary>
    public async Task<IReadOnlyList<ManifestEntry>> PublishPendingAsync(DateOnly? until, CancellationToken cancellationToken)
    {
        var yesterday = diffs.Today.AddDays(-1);
        var last = until is { } u && u < yesterday ? u : yesterday;
        var first = await days.FirstDayAsync(cancellationToken);
        var published = new List<ManifestEntry>();
        for (var day = first ?? last.AddDays(1); day <= last; day = day.AddDays(1))
        {
            if (await days.GetPublishedAsync(day, cancellationToken) is not null)
            {
                continue;
            }

            var entry = await PublishDayAsync(day, cancellationToken);
            published.Add(entry);
            LogPublished(logger, entry.Date, entry.Entries.Total);
            foreach (var sink in sinks)
            {
                await sink.OnDiffPublishedAsync(entry, cancellationToken);
            }
        }

        if (published.Count > 0)
        {
            await WriteManifestAsync(cancellationToken);
        }

        return published;
    }

    private async Task<ManifestEntry> PublishDayAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var container = storage.Container(StorageNames.DiffsContainer);
        var files = new SortedDictionary<string, ManifestFile>(StringComparer.Ordinal);
        DiffCounts? counts = null;
        foreach (var writer in writers.OrderBy(w => w.Format))
        {
            var entries = diffs.Compute(day, cancellationToken);
            int added = 0, changed = 0, removed = 0;
            var counted = Count(entries, c => _ = c switch { DiffChange.Added => added++, DiffChange.Changed => changed++, _ => removed++ }, cancellationToken);
            var path = DailyDiffService.BlobPath(day, writer.Format);
            var temp = Path.GetTempFileName();
            await using (var file = new FileStream(temp, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose))
            {
                await using (var gzip = new GZipStream(file, CompressionLevel.Optimal, leaveOpen: true))
                {
                    await writer.WriteAsync(gzip, new DiffHeader(day, Provisional: false), counted, null, cancellationToken);
                }

                file.Position = 0;
                var sha = Convert.ToHexStringLower(await SHA256.HashDataAsync(file, cancellationToken));
                file.Position = 0;
                await container.GetBlobClient(path).UploadAsync(
                    file,
                    new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "application/gzip" } },
                    cancellationToken);
                files[DiffFormats.Name(writer.Format)] = new ManifestFile("diffs/" + path, file.Length, sha, Url(day, writer.Format));
            }

            counts ??= new DiffCounts(added, changed, removed);
        }

        var entry = new ManifestEntry { Date = DayIndexStore.Key(day), Entries = counts!, Files = files, PublishedAt = time.GetUtcNow() };
        await days.SetPublishedAsync(entry, cancellationToken);
        return entry;
    }

    public async Task WriteManifestAsync(CancellationToken cancellationToken)
    {
        var all = await days.ListPublishedAsync(cancellationToken);
        var json = JsonSerializer.SerializeToUtf8Bytes(new { days = all }, ScraperJson.Api);
        await storage.Container(StorageNames.DiffsContainer).GetBlobClient(ManifestBlob)
            .UploadAsync(new BinaryData(json), new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" } }, cancellationToken);
    }

    private string? Url(DateOnly day, DiffFormat format) =>
        options.Value.PublicBaseUrl is { } b ? $"{b.AbsoluteUri.TrimEnd('/')}/diffs/{day:yyyy-MM-dd}?format={DiffFormats.Name(format)}" : null;

    private static async IAsyncEnumerable<DiffEntry> Count(IAsyncEnumerable<DiffEntry> entries, Action<DiffChange> count, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var e in entries.WithCancellation(cancellationToken))
        {
            count(e.Change);
            yield return e;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Published diff for {Day} with {Entries} entries")]
    private static partial void LogPublished(ILogger logger, string day, int entries);
}
