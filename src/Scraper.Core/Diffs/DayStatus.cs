namespace Scraper.Diffs;

/// <summary>Where a requested day stands.</summary>
public enum DayStatus
{
    /// <summary>In the future, or before the first data: nothing to serve.</summary>
    NotAvailable,

    /// <summary>Today, or a closed day not yet published: computed from the change log, provisional.</summary>
    Live,

    /// <summary>Closed and published: served from the immutable files.</summary>
    Published,
}
