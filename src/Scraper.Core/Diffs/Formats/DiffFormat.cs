namespace Scraper.Diffs.Formats;

/// <summary>Download formats of a daily diff.</summary>
public enum DiffFormat
{
    Json,
    Ndjson,
    Csv,
    GeoJson,
}

/// <summary>Names, file extensions and media types of <see cref="DiffFormat"/>, and content negotiation.</summary>
public static class DiffFormats
{
    public static readonly IReadOnlyList<DiffFormat> All = [DiffFormat.Json, DiffFormat.Ndjson, DiffFormat.Csv, DiffFormat.GeoJson];

    public static string Name(DiffFormat f) => f.ToString().ToLowerInvariant();

    public static string MediaType(DiffFormat f) => f switch
    {
        DiffFormat.Json => "application/json",
        DiffFormat.Ndjson => "application/x-ndjson",
        DiffFormat.Csv => "text/csv",
        DiffFormat.GeoJson => "application/geo+json",
        _ => throw new ArgumentOutOfRangeException(nameof(f)),
    };

    public static bool TryParse(string? name, out DiffFormat format)
    {
        foreach (var f in All)
        {
            if (string.Equals(Name(f), name?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                format = f;
                return true;
            }
        }

        format = DiffFormat.Json;
        return false;
    }

    /// <summary>First media type in an Accept header that names a format; JSON otherwise.</summary>
    public static DiffFormat FromAccept(string? accept)
    {
        foreach (var part in (accept ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var media = part.Split(';')[0].Trim();
            foreach (var f in All)
            {
                if (string.Equals(MediaType(f), media, StringComparison.OrdinalIgnoreCase)
                    || (f == DiffFormat.Ndjson && string.Equals(media, "application/jsonl", StringComparison.OrdinalIgnoreCase)))
                {
                    return f;
                }
            }
        }

        return DiffFormat.Json;
    }
}
