namespace Scraper.Diffs;

/// <summary>Net change of one claim over one UTC day.</summary>
public enum DiffChange
{
    Added,
    Changed,
    Removed,
}
