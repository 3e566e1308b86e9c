namespace Scraper.Storage;

/// <summary>A source item as last processed: what it said (content hash) and which claims it supported.</summary>
public sealed record DocumentRecord
{
    public required string SourceId { get; init; }
    public required string DocumentKey { get; init; }
    public required string ItemId { get; init; }
    public string? Url { get; init; }
    public string? Title { get; init; }
    public DateTimeOffset? Published { get; init; }
    public DateTimeOffset Retrieved { get; init; }
    public string? Language { get; init; }
    public string? SnapshotHash { get; init; }
    public required string ContentHash { get; init; }
    public IReadOnlyList<string> ClaimIds { get; init; } = [];
    public string ParseStatus { get; init; } = "ok";
    public bool Deleted { get; init; }
}
