using Scraper.Extraction;

namespace Scraper.Claims;

/// <summary>
/// One entry of the append-only change log: claim <see cref="ClaimId"/> moved to <see cref="Version"/>.
/// Its id (claim id + version) is stable across retries, so receivers and readers can deduplicate.
/// </summary>
public sealed record ClaimChange
{
    public required string ClaimId { get; init; }
    public required int Version { get; init; }
    public required ChangeKind Kind { get; init; }
    public required DateTimeOffset ChangedAt { get; init; }
    public StrikeClaim? Before { get; init; }
    public StrikeClaim? After { get; init; }
    public string? Reason { get; init; }
    public IReadOnlyList<string> SourceIds { get; init; } = [];
    public IReadOnlyList<string> SourceKinds { get; init; } = [];
    public IReadOnlyList<string> DocumentUrls { get; init; } = [];

    public string ChangeId => $"{ClaimId}-v{Version:D6}";
}
