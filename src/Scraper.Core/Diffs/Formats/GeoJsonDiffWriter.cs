using System.Text.Json;

namespace Scraper.Diffs.Formats;

/// <summary>
/// RFC 7946 FeatureCollection: one Point feature per entry with coordinates; entries without
/// coordinates go to the foreign member "unlocated" (never dropped). They are spooled to a temporary
/// file while streaming so memory stays flat.
/// </summary>
public sealed class GeoJsonDiffWriter : IDiffWriter
{
    public DiffFormat Format => DiffFormat.GeoJson;

    public async Task WriteAsync(Stream output, DiffHeader header, IAsyncEnumerable<DiffEntry> entries, Func<string?>? continuation, CancellationToken cancellationToken)
    {
        var spoolPath = Path.GetTempFileName();
        await using var spool = new FileStream(spoolPath, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose);
        var options = new JsonWriterOptions { Encoder = ScraperJson.Api.Encoder };
        await using (var w = new Utf8JsonWriter(output, options))
        await using (var u = new Utf8JsonWriter(spool, options))
        {
            w.WriteStartObject();
            w.WriteString("type", "FeatureCollection");
            w.WriteString("date", header.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            w.WriteBoolean("provisional", header.Provisional);
            w.WriteStartArray("features");
            u.WriteStartArray();
            await foreach (var e in entries.WithCancellation(cancellationToken))
            {
                if (e.Claim.Lat is { } lat && e.Claim.Lon is { } lon)
                {
                    w.WriteStartObject();
                    w.WriteString("type", "Feature");
                    w.WriteString("id", e.ChangeId);
                    w.WriteStartObject("geometry");
                    w.WriteString("type", "Point");
                    w.WriteStartArray("coordinates");
                    w.WriteNumberValue(Math.Round(lon, 6));
                    w.WriteNumberValue(Math.Round(lat, 6));
                    w.WriteEndArray();
                    w.WriteEndObject();
                    w.WriteStartObject("properties");
                    DiffEntryJson.WriteProperties(w, e);
                    w.WriteEndObject();
                    w.WriteEndObject();
                }
                else
                {
                    DiffEntryJson.Write(u, e);
                }

                if (w.BytesPending > 32 * 1024)
                {
                    await w.FlushAsync(cancellationToken);
                }
            }

            w.WriteEndArray();
            u.WriteEndArray();
            await u.FlushAsync(cancellationToken);
            w.WritePropertyName("unlocated");
            await w.FlushAsync(cancellationToken);
            spool.Position = 0;
            await spool.CopyToAsync(output, cancellationToken);
            w.Reset(output);
        }

        await output.WriteAsync("}"u8.ToArray(), cancellationToken);
    }
}
