using System.IO.Compression;
using System.Runtime.CompilerServices;
using Scraper.Diffs.Formats;
using Scraper.Storage;

namespace Scraper.Diffs;

/// <summary>
/// Reads a day's diff: published days from their immutable files in Blob Storage, other days computed
/// from the change log (one bounded partition query, streamed).
/// </summary>
public sealed class DailyDiffService(ChangeLogStore changeLog, DayIndexStore days, ScraperStorage storage, TimeProvider time)
{
    public DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    public async Task<(DayStatus Status, ManifestEntry? Published, string Reason)> GetStatusAsync(DateOnly day, CancellationToken cancellationToken)
    {
        if (day > Today)
        {
            return (DayStatus.NotAvailable, null, $"{day:yyyy-MM-dd} is in the future (today is {Today:yyyy-MM-dd} UTC)");
        }

        var first = await days.FirstDayAsync(cancellationToken);
        if (first is null || day < first)
        {
            var since = first is null ? "no data has been collected yet" : $"the first day with data is {first:yyyy-MM-dd}";
            return (DayStatus.NotAvailable, null, $"no diff for {day:yyyy-MM-dd}: {since}");
        }

        var published = day < Today ? await days.GetPublishedAsync(day, cancellationToken) : null;
        return published is null ? (DayStatus.Live, null, "") : (DayStatus.Published, published, "");
    }

    /// <summary>Entries computed from the change log in one streaming pass over the day's partition.</summary>
    public IAsyncEnumerable<DiffEntry> Compute(DateOnly day, CancellationToken cancellationToken) =>
        DailyDiffCalculator.ComputeAsync(changeLog.ReadDayAsync(day, cancellationToken), cancellationToken);

    /// <summary>A published file, decompressed as it is read.</summary>
    public async Task<Stream> OpenPublishedAsync(DateOnly day, DiffFormat format, CancellationToken cancellationToken)
    {
        var blob = storage.Container(StorageNames.DiffsContainer).GetBlobClient(BlobPath(day, format));
        var raw = await blob.OpenReadAsync(cancellationToken: cancellationToken);
        return new GZipStream(raw, CompressionMode.Decompress);
    }

    /// <summary>Entries read back from the published NDJSON (for filtered or paged requests on closed days).</summary>
    public async IAsyncEnumerable<DiffEntry> ReadPublishedAsync(DateOnly day, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var stream = await OpenPublishedAsync(day, DiffFormat.Ndjson, cancellationToken);
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.Length > 0)
            {
                yield return DiffEntryJson.Read(System.Text.Encoding.UTF8.GetBytes(line));
            }
        }
    }

    public static string BlobPath(DateOnly day, DiffFormat format) =>
        $"{day:yyyy}/{day:MM}/{day:dd}.{DiffFormats.Name(format)}.gz";
}
