using Scraper.Extraction;

namespace Scraper.Diffs;

/// <summary>
/// One line of a daily diff. <see cref="Claim"/> is the state after the day (for removed: the last
/// state before removal); <see cref="Fields"/> lists what changed for <see cref="DiffChange.Changed"/>.
/// </summary>
public sealed record DiffEntry
{
    public required DiffChange Change { get; init; }
    public required string ClaimId { get; init; }
    public required int Version { get; init; }
    public required DateTimeOffset ChangedAt { get; init; }
    /// <summary>Id of the day's last change of this claim (claim id + version): stable, for deduplication.</summary>
    public required string ChangeId { get; init; }
    public required StrikeClaim Claim { get; init; }
    public IReadOnlyDictionary<string, FieldChange>? Fields { get; init; }
    public string? Reason { get; init; }
    public IReadOnlyList<string> SourceIds { get; init; } = [];
    /// <summary>Kinds (ministry, news, monitor) of the supporting sources.</summary>
    public IReadOnlyList<string> SourceKinds { get; init; } = [];
    public IReadOnlyList<string> DocumentUrls { get; init; } = [];
}
