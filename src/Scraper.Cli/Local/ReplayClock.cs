namespace Scraper.Cli.Local;

/// <summary>
/// The demo's clock: real time shifted so "now" falls on a recorded day. Time still moves, so timers,
/// politeness delays and durations behave as in production; only the date is replayed.
/// </summary>
internal sealed class ReplayClock : TimeProvider
{
    private TimeSpan _offset;

    public void JumpTo(DateTimeOffset utc) => _offset = utc - System.GetUtcNow();

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + _offset;
}
