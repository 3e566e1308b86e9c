using Scraper.Claims;

namespace Scraper.Polling;

/// <summary>What ingesting one batch did: documents by status and the claim versions made.</summary>
public sealed record IngestOutcome(int New, int Changed, int Unchanged, IReadOnlyList<ClaimChange> Changes)
{
    public static readonly IngestOutcome None = new(0, 0, 0, []);

    public IngestOutcome Add(IngestOutcome other) =>
        new(New + other.New, Changed + other.Changed, Unchanged + other.Unchanged, [.. Changes, .. other.Changes]);
}
