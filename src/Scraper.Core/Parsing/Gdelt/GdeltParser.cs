using System.Globalization;
using System.IO.Compression;

namespace Scraper.Parsing;

/// <summary>
/// GDELT 2.0 event exports: <c>lastupdate.txt</c> names the newest 15-minute <c>*.export.CSV.zip</c>;
/// the zip holds one tab-separated CSV without header. Rows whose CAMEO root code is not wanted, and
/// malformed lines, are skipped.
/// </summary>
public static class GdeltParser
{
    private const int ColumnCount = 61;
    private const long MaxUncompressed = 256L * 1024 * 1024;

    public static GdeltUpdate? ParseLastUpdate(string text, Uri? baseUrl = null)
    {
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var url = parts.Length > 0 ? parts[^1] : "";
            if (!url.EndsWith(".export.CSV.zip", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var resolved = baseUrl is not null && Uri.TryCreate(baseUrl, url, out var r) ? r : Uri.TryCreate(url, UriKind.Absolute, out var a) ? a : null;
            if (resolved is not null)
            {
                return new GdeltUpdate(resolved, parts.Length >= 3 && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var size) ? size : null);
            }
        }

        return null;
    }

    public static GdeltExport ParseExportZip(byte[] zip, IReadOnlySet<string> rootCodes)
    {
        try
        {
            using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
            var entry = archive.Entries.FirstOrDefault(e => e.FullName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)) ?? archive.Entries.FirstOrDefault();
            if (entry is null)
            {
                return new GdeltExport([], 0, "empty zip");
            }

            if (entry.Length > MaxUncompressed)
            {
                return new GdeltExport([], 0, $"export entry larger than {MaxUncompressed} bytes");
            }

            using var reader = new StreamReader(entry.Open());
            return ParseExportCsv(reader, rootCodes);
        }
        catch (InvalidDataException ex)
        {
            return new GdeltExport([], 0, $"not a zip file: {ex.Message}");
        }
    }

    public static GdeltExport ParseExportCsv(TextReader reader, IReadOnlySet<string> rootCodes)
    {
        var events = new List<GdeltEvent>();
        var malformed = 0;
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }

            var c = line.Split('\t');
            if (c.Length < ColumnCount || c[0].Length == 0)
            {
                malformed++;
                continue;
            }

            if (!rootCodes.Contains(c[28]))
            {
                continue;
            }

            events.Add(new GdeltEvent
            {
                GlobalEventId = c[0],
                Actor1Name = Blank(c[6]),
                Actor1CountryCode = Blank(c[7]),
                Actor2Name = Blank(c[16]),
                EventCode = c[26],
                EventRootCode = c[28],
                NumMentions = int.TryParse(c[31], NumberStyles.Integer, CultureInfo.InvariantCulture, out var m) ? m : 0,
                NumSources = int.TryParse(c[32], NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? s : 0,
                ActionGeoFullName = Blank(c[52]),
                ActionGeoCountryCode = Blank(c[53]),
                ActionGeoLat = double.TryParse(c[56], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat) ? lat : null,
                ActionGeoLong = double.TryParse(c[57], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon) ? lon : null,
                DateAdded = DateTimeOffset.TryParseExact(c[59], "yyyyMMddHHmmss", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var added) ? added.ToUniversalTime() : null,
                SourceUrl = Blank(c[60]),
            });
        }

        return new GdeltExport(events, malformed, null);
    }

    private static string? Blank(string s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
