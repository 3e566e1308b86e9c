using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;
using CsvHelper.Configuration;

namespace Scraper.Diffs.Formats;

/// <summary>
/// RFC 4180 CSV (UTF-8, no BOM, header row, "\r\n"), one row per entry. Column order is part of the
/// published format (docs/storage.md): new columns are only ever appended.
/// </summary>
public sealed class CsvDiffWriter : IDiffWriter
{
    /// <summary>Leading columns; the claim's fields follow in <see cref="ClaimColumns"/> order, then the trailing ones.</summary>
    public static readonly IReadOnlyList<string> LeadingColumns = ["change", "claim_id", "version", "change_id", "changed_at"];

    public static readonly IReadOnlyList<string> TrailingColumns = ["changed_fields", "reason", "source_ids", "source_kinds", "document_urls"];

    public static readonly IReadOnlyList<string> ClaimColumns =
        JsonSerializer.SerializeToElement(new Extraction.StrikeClaim(), ScraperJson.Api).EnumerateObject().Select(p => p.Name).ToList();

    public static IReadOnlyList<string> Columns => [.. LeadingColumns, .. ClaimColumns, .. TrailingColumns];

    public DiffFormat Format => DiffFormat.Csv;

    public async Task WriteAsync(Stream output, DiffHeader header, IAsyncEnumerable<DiffEntry> entries, Func<string?>? continuation, CancellationToken cancellationToken)
    {
        // Rows go to a buffer drained asynchronously: response streams refuse synchronous writes.
        using var buffer = new MemoryStream();
        await using var text = new StreamWriter(buffer, new UTF8Encoding(false), 16 * 1024, leaveOpen: true);
        await using var csv = new CsvWriter(text, new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\r\n" });
        foreach (var c in Columns)
        {
            csv.WriteField(c);
        }

        await csv.NextRecordAsync();
        await foreach (var e in entries.WithCancellation(cancellationToken))
        {
            csv.WriteField(DiffFormatsText.Change(e.Change));
            csv.WriteField(e.ClaimId);
            csv.WriteField(e.Version.ToString(CultureInfo.InvariantCulture));
            csv.WriteField(e.ChangeId);
            csv.WriteField(e.ChangedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture));
            var claim = JsonSerializer.SerializeToElement(e.Claim, ScraperJson.Api);
            foreach (var column in ClaimColumns)
            {
                csv.WriteField(Cell(claim.GetProperty(column)));
            }

            csv.WriteField(e.Fields is null ? "" : string.Join(';', e.Fields.Keys));
            csv.WriteField(e.Reason ?? "");
            csv.WriteField(string.Join(';', e.SourceIds));
            csv.WriteField(string.Join(';', e.SourceKinds));
            csv.WriteField(string.Join(' ', e.DocumentUrls));
            await csv.NextRecordAsync();
            await DrainAsync(csv, buffer, output, 32 * 1024, cancellationToken);
        }

        await DrainAsync(csv, buffer, output, 0, cancellationToken);
    }

    private static async Task DrainAsync(CsvWriter csv, MemoryStream buffer, Stream output, int threshold, CancellationToken cancellationToken)
    {
        await csv.FlushAsync();
        if (buffer.Length >= threshold)
        {
            await output.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), cancellationToken);
            buffer.SetLength(0);
        }
    }

    private static string Cell(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => "",
        JsonValueKind.String => value.GetString()!,
        _ => value.GetRawText(),
    };
}
