using System.Collections.Concurrent;

namespace Scraper.Fetching;

/// <summary>
/// Per-host politeness: one request at a time per host and a minimum (jittered) gap between requests.
/// Shared across all sources in a process so a start-up burst still respects it.
/// </summary>
public sealed class HostThrottle(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, HostSlot> _hosts = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Waits for the host's turn; dispose the lease when the request is complete.</summary>
    public async Task<IDisposable> AcquireAsync(string host, TimeSpan minDelay, CancellationToken cancellationToken)
    {
        var slot = _hosts.GetOrAdd(host, _ => new HostSlot());
        await slot.Gate.WaitAsync(cancellationToken);
        try
        {
            var gap = Max(minDelay, slot.Penalty);
            if (slot.LastFinished is { } last && gap > TimeSpan.Zero)
            {
                // Jitter upwards only (0-10%), never below the configured spacing.
                var jittered = gap + TimeSpan.FromMilliseconds(Random.Shared.NextDouble() * gap.TotalMilliseconds * 0.1);
                var wait = last + jittered - time.GetUtcNow();
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, time, cancellationToken);
                }
            }
        }
        catch
        {
            slot.Gate.Release();
            throw;
        }

        return new Lease(slot, time);
    }

    /// <summary>Doubles the host's spacing after 429/503, up to <paramref name="cap"/>; never lowered by errors.</summary>
    public void Penalise(string host, TimeSpan baseDelay, TimeSpan? retryAfter, TimeSpan cap)
    {
        var slot = _hosts.GetOrAdd(host, _ => new HostSlot());
        var doubled = Max(baseDelay, slot.Penalty) * 2;
        var next = Max(doubled, retryAfter ?? TimeSpan.Zero);
        slot.Penalty = next > cap ? cap : next;
    }

    /// <summary>Current extra spacing for a host (for tests and diagnostics).</summary>
    public TimeSpan PenaltyFor(string host) => _hosts.TryGetValue(host, out var s) ? s.Penalty : TimeSpan.Zero;

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private sealed class HostSlot
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);
        public DateTimeOffset? LastFinished { get; set; }
        public TimeSpan Penalty { get; set; }
    }

    private sealed class Lease(HostSlot slot, TimeProvider time) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                slot.LastFinished = time.GetUtcNow();
                slot.Gate.Release();
            }
        }
    }
}
