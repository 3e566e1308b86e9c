namespace Scraper.Storage;

/// <summary>Rolling health of a source, updated after each run.</summary>
public sealed record SourceHealth(
    string SourceId,
    int ConsecutiveFailures,
    DateTimeOffset? LastRun,
    DateTimeOffset? LastSuccess,
    DateTimeOffset? LastNewItem,
    string? LastError)
{
    /// <summary>Failing after this many failed runs in a row.</summary>
    public const int FailingThreshold = 3;

    public bool IsFailing => ConsecutiveFailures >= FailingThreshold;

    public bool IsSilent(TimeSpan? expectedUpdatePeriod, DateTimeOffset now) =>
        expectedUpdatePeriod is { } p && LastSuccess is not null && (LastNewItem ?? DateTimeOffset.MinValue) < now - p;
}
