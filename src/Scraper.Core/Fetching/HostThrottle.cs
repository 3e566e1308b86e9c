using System.Collections.Concurrent;

namespace Scraper.Fetching;

/// <summary>
/// Per-host politeness: one request at a time per host and a minimum (jittered) gap between requests.
/// Shared across all sources in a process (singleton) so a start-up burst still respects it; hosts
/// never wait for each other.
/// </summary>
public sealed class HostThrottle(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, HostSlot> _hosts = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Waits for the host's turn; dispose the lease when the request (body included) is complete.</summary>
    public async Task<IDisposable> AcquireAsync(string host, TimeSpan minDelay, CancellationToken cancellationToken)
    {
        var slot = Slot(host);
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
        catch (OperationCanceledException)
        {
            slot.Gate.Release();
            throw;
        }

        return new Lease(slot, time);
    }

    /// <summary>Doubles the host's spacing after 429/503, up to <paramref name="cap"/>; errors never lower it.</summary>
    public void Penalise(string host, TimeSpan baseDelay, TimeSpan cap)
    {
        var slot = Slot(host);
        lock (slot)
        {
            var current = Max(baseDelay, slot.Penalty);
            var doubled = current > TimeSpan.Zero ? current * 2 : TimeSpan.FromSeconds(1);
            slot.Penalty = doubled > cap ? cap : doubled;
        }
    }

    /// <summary>A 2xx/304 halves an earlier penalty (the host recovered); the base spacing still applies.</summary>
    public void Relax(string host)
    {
        if (_hosts.TryGetValue(host, out var slot))
        {
            lock (slot)
            {
                slot.Penalty = slot.Penalty < TimeSpan.FromMilliseconds(2) ? TimeSpan.Zero : slot.Penalty / 2;
            }
        }
    }

    /// <summary>The host asked (Retry-After) not to be contacted before <paramref name="until"/>.</summary>
    public void PauseUntil(string host, DateTimeOffset until)
    {
        var slot = Slot(host);
        lock (slot)
        {
            if (slot.PausedUntil is null || slot.PausedUntil < until)
            {
                slot.PausedUntil = until;
            }
        }
    }

    /// <summary>When the host is paused by a Retry-After, the time it asked us to wait until.</summary>
    public DateTimeOffset? PausedUntil(string host) =>
        _hosts.TryGetValue(host, out var s) && s.PausedUntil is { } until && until > time.GetUtcNow() ? until : null;

    /// <summary>Current extra spacing for a host (for tests and diagnostics).</summary>
    public TimeSpan PenaltyFor(string host) => _hosts.TryGetValue(host, out var s) ? s.Penalty : TimeSpan.Zero;

    private HostSlot Slot(string host) => _hosts.GetOrAdd(host, _ => new HostSlot());

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private sealed class HostSlot
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);
        public DateTimeOffset? LastFinished { get; set; }
        public TimeSpan Penalty { get; set; }
        public DateTimeOffset? PausedUntil { get; set; }
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
