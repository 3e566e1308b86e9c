using Scraper.Claims;

namespace Scraper.Polling;

/// <summary>What ingesting one document did.</summary>
public enum DocumentStatus
{
    New,
    Unchanged,
    Changed,
}

public sealed record IngestOutcome(DocumentStatus Status, IReadOnlyList<ClaimChange> Changes);
