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
        await using var buffered = new BufferedJsonOutput(output);
        var w = buffered.Writer;
        await using (var u = new Utf8JsonWriter(spool, new JsonWriterOptions { Encoder = ScraperJson.Api.Encoder }))
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
                    WriteFeature(w, e, lat, lon);
                    await buffered.DrainAsync(cancellationToken);
                }
                else
                {
                    DiffEntryJson.Write(u, e);
                }
            }

            w.WriteEndArray();
            u.WriteEndArray();
        }

        // "unlocated": [ ...spooled entries... ] then the closing brace, written around the spliced bytes.
        await buffered.DrainAsync(cancellationToken, force: true);
        await output.WriteAsync(",\"unlocated\":"u8.ToArray(), cancellationToken);
        spool.Position = 0;
        await spool.CopyToAsync(output, cancellationToken);
        await output.WriteAsync("}"u8.ToArray(), cancellationToken);
    }

    private static void WriteFeature(Utf8JsonWriter w, DiffEntry e, double lat, double lon)
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
}
