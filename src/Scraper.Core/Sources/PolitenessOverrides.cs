namespace Scraper.Sources;

/// <summary>Per-source deviations from the global fetch politeness settings.</summary>
public sealed record PolitenessOverrides
{
    /// <summary>Minimum spacing between requests to this source's host.</summary>
    public TimeSpan? MinDelay { get; init; }
    public bool? ObeyRobotsTxt { get; init; }
}
