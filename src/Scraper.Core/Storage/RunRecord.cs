namespace Scraper.Storage;

/// <summary>One poll of one source, as shown by the source health routes.</summary>
public sealed record RunRecord
{
    public required string SourceId { get; init; }
    public required string RunId { get; init; }
    public DateTimeOffset Started { get; init; }
    public TimeSpan Duration { get; init; }
    public int? HttpStatus { get; init; }
    public long Bytes { get; init; }
    public int ItemsNew { get; init; }
    public int ItemsUnchanged { get; init; }
    public int ItemsChanged { get; init; }
    public int ClaimChanges { get; init; }
    public bool NotModified { get; init; }
    public string? Error { get; init; }

    public bool Succeeded => Error is null;
}
