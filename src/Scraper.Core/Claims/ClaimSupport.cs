using Scraper.Extraction;

namespace Scraper.Claims;

/// <summary>One document supporting a claim, with what the extractor read from it.</summary>
public sealed record ClaimSupport
{
    public required string SourceId { get; init; }
    /// <summary>ministry, news or monitor.</summary>
    public string? SourceKind { get; init; }
    /// <summary>Key of the document in the Documents table (stable per source item).</summary>
    public required string DocumentKey { get; init; }
    public string? Url { get; init; }
    public DateTimeOffset? Published { get; init; }
    public string? SnapshotHash { get; init; }
    public required StrikeClaim Fields { get; init; }
}
