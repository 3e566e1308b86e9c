using System.Globalization;
using NCrontab;

namespace Scraper.Sources;

/// <summary>
/// A source's polling schedule: 6-field NCRONTAB (the Functions host's dialect, UTC) or a fixed interval.
/// </summary>
public sealed class SourceSchedule
{
    private readonly CrontabSchedule? _cron;
    private readonly TimeSpan? _interval;

    private SourceSchedule(CrontabSchedule? cron, TimeSpan? interval)
    {
        _cron = cron;
        _interval = interval;
    }

    /// <summary>Parses a schedule; returns null and an error message when it is invalid.</summary>
    public static SourceSchedule? TryParse(string? text, out string? error)
    {
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "schedule is empty";
            return null;
        }

        if (TimeSpan.TryParseExact(text, @"hh\:mm\:ss", CultureInfo.InvariantCulture, out var interval)
            || TimeSpan.TryParseExact(text, @"d\.hh\:mm\:ss", CultureInfo.InvariantCulture, out interval))
        {
            if (interval < TimeSpan.FromMinutes(1))
            {
                error = $"interval '{text}' is shorter than one minute";
                return null;
            }

            return new SourceSchedule(null, interval);
        }

        var fields = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length != 6)
        {
            error = $"'{text}' is neither an interval (hh:mm:ss) nor a 6-field NCRONTAB expression (sec min hour day month dow)";
            return null;
        }

        var cron = CrontabSchedule.TryParse(text, new CrontabSchedule.ParseOptions { IncludingSeconds = true });
        if (cron is null)
        {
            error = $"'{text}' is not a valid NCRONTAB expression";
            return null;
        }

        return new SourceSchedule(cron, null);
    }

    public static SourceSchedule Parse(string text) =>
        TryParse(text, out var error) ?? throw new FormatException(error);

    /// <summary>First occurrence strictly after <paramref name="afterUtc"/>.</summary>
    public DateTimeOffset NextAfter(DateTimeOffset afterUtc)
    {
        if (_interval is { } interval)
        {
            // Intervals are aligned to the UTC epoch so every instance agrees on the slots.
            var ticks = afterUtc.UtcTicks;
            var next = ((ticks / interval.Ticks) + 1) * interval.Ticks;
            return new DateTimeOffset(next, TimeSpan.Zero);
        }

        var utc = DateTime.SpecifyKind(afterUtc.UtcDateTime, DateTimeKind.Unspecified);
        return new DateTimeOffset(_cron!.GetNextOccurrence(utc), TimeSpan.Zero);
    }

    /// <summary>True when a slot fell in (lastRun, now]; a never-run source is due at once.</summary>
    public bool IsDue(DateTimeOffset? lastScheduledUtc, DateTimeOffset nowUtc) =>
        lastScheduledUtc is null || NextAfter(lastScheduledUtc.Value) <= nowUtc;

    /// <summary>The latest slot at or before <paramref name="nowUtc"/> (used as the run's scheduled time).</summary>
    public DateTimeOffset LatestSlotAtOrBefore(DateTimeOffset nowUtc, DateTimeOffset? lastScheduledUtc)
    {
        var cursor = lastScheduledUtc ?? nowUtc.AddDays(-1);
        var slot = cursor;
        for (var i = 0; i < 100_000; i++)
        {
            var next = NextAfter(slot);
            if (next > nowUtc)
            {
                break;
            }

            slot = next;
        }

        return slot == cursor && lastScheduledUtc is null ? nowUtc : slot;
    }
}
