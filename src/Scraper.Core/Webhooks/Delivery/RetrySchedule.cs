namespace Scraper.Webhooks.Delivery;

/// <summary>
/// Pure: Svix's schedule. First attempt at once, then 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h
/// (8 attempts, about 27.6 h), each ±10 % jitter. A Retry-After from the receiver replaces the step
/// (bounded to 1 s .. 10 h, so a receiver can neither make us hammer nor park a delivery for days).
/// </summary>
public static class RetrySchedule
{
    public static readonly IReadOnlyList<TimeSpan> Delays =
    [
        TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30), TimeSpan.FromHours(2),
        TimeSpan.FromHours(5), TimeSpan.FromHours(10), TimeSpan.FromHours(10),
    ];

    public const double Jitter = 0.10;
    public static readonly TimeSpan MinRetryAfter = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan MaxRetryAfter = TimeSpan.FromHours(10);

    public static int MaxAttempts => Delays.Count + 1;

    /// <param name="attemptsMade">Attempts made so far in this run (1 after the first failed attempt).</param>
    /// <param name="retryAfter">The receiver's Retry-After, if any.</param>
    /// <param name="unitRandom">A random number in [0, 1) for the jitter.</param>
    /// <returns>The wait before the next attempt, or null when the attempts are used up.</returns>
    public static TimeSpan? NextDelay(int attemptsMade, TimeSpan? retryAfter, double unitRandom)
    {
        if (attemptsMade < 1 || attemptsMade > Delays.Count)
        {
            return null;
        }

        if (retryAfter is { } ra)
        {
            return ra < MinRetryAfter ? MinRetryAfter : ra > MaxRetryAfter ? MaxRetryAfter : ra;
        }

        var factor = 1 + (Jitter * ((2 * unitRandom) - 1));
        return TimeSpan.FromTicks((long)(Delays[attemptsMade - 1].Ticks * factor));
    }
}
