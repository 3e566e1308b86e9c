namespace Scraper.Parsing;

/// <summary>The columns of a GDELT 2.0 event row that Scraper uses (the export has 61 tab-separated columns).</summary>
public sealed record GdeltEvent
{
    public required string GlobalEventId { get; init; }
    public string? Actor1Name { get; init; }
    public string? Actor1CountryCode { get; init; }
    public string? Actor2Name { get; init; }
    public required string EventCode { get; init; }
    public required string EventRootCode { get; init; }
    public int NumMentions { get; init; }
    public int NumSources { get; init; }
    public string? ActionGeoFullName { get; init; }
    public string? ActionGeoCountryCode { get; init; }
    public double? ActionGeoLat { get; init; }
    public double? ActionGeoLong { get; init; }
    /// <summary>DATEADDED (UTC, 15-minute resolution).</summary>
    public DateTimeOffset? DateAdded { get; init; }
    public string? SourceUrl { get; init; }
}

/// <summary>A parsed export file: kept rows, and how many lines were malformed (skipped, not fatal).</summary>
public sealed record GdeltExport(IReadOnlyList<GdeltEvent> Events, int MalformedLines, string? Error);

/// <summary>The export file announced by lastupdate.txt ("size md5 url" lines).</summary>
public sealed record GdeltUpdate(Uri ExportUrl, long? Size);
