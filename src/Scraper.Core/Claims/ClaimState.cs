using Scraper.Extraction;

namespace Scraper.Claims;

/// <summary>
/// The current version of a merged claim: the fields shown to researchers come from the primary
/// supporter (earliest published, then lowest document key), so processing order never matters.
/// </summary>
public sealed record ClaimState
{
    public required string ClaimId { get; init; }
    public int Version { get; init; }
    public bool Removed { get; init; }
    public string? RemovedReason { get; init; }
    public required StrikeClaim Fields { get; init; }
    public IReadOnlyList<ClaimSupport> Supporters { get; init; } = [];
    public DateTimeOffset FirstSeen { get; init; }
    public DateTimeOffset LastChanged { get; init; }
    /// <summary>Document whose processing produced this version (used to finish an interrupted write).</summary>
    public string? LastChangedBy { get; init; }

    public IReadOnlyList<string> SourceKinds => Supporters.Select(s => s.SourceKind).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    public IReadOnlyList<string> SourceIds => Supporters.Select(s => s.SourceId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
}
