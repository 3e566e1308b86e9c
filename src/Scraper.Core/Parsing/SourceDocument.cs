namespace Scraper.Parsing;

/// <summary>One item read from a source: a feed entry, a Telegram post, an article page.</summary>
public sealed record SourceDocument
{
    /// <summary>Stable id within the source (guid, post id, canonical URL).</summary>
    public required string ItemId { get; init; }
    public string? Url { get; init; }
    public string? Title { get; init; }
    public DateTimeOffset? Published { get; init; }
    public DateTimeOffset? Updated { get; init; }
    public string? Author { get; init; }
    public string? Language { get; init; }
    /// <summary>Plain text used for extraction (title excluded).</summary>
    public string Text { get; init; } = "";
    public string? Summary { get; init; }
    /// <summary>SHA-256 of the raw body this document was read from (Blob snapshot key).</summary>
    public string? SnapshotHash { get; init; }
}
