using Microsoft.Extensions.Time.Testing;
using Scraper.Fetching;

namespace Scraper.Core.Tests.Fetching;

public sealed class HostThrottleTests
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Cap = TimeSpan.FromSeconds(60);

    [Fact]
    public void Penalise_Repeated429_DoublesUpToSixtySeconds()
    {
        var throttle = new HostThrottle(new FakeTimeProvider());

        var seen = new List<TimeSpan>();
        for (var i = 0; i < 8; i++)
        {
            throttle.Penalise("example.org", Second, Cap);
            seen.Add(throttle.PenaltyFor("example.org"));
        }

        Assert.Equal([2, 4, 8, 16, 32, 60, 60, 60], seen.Select(s => s.TotalSeconds));
    }

    [Fact]
    public void Relax_AfterSuccess_HalvesPenalty_OtherHostsUntouched()
    {
        var throttle = new HostThrottle(new FakeTimeProvider());
        throttle.Penalise("a.example", Second, Cap);
        throttle.Penalise("a.example", Second, Cap);
        throttle.Penalise("b.example", Second, Cap);

        throttle.Relax("a.example");

        Assert.Equal(TimeSpan.FromSeconds(2), throttle.PenaltyFor("a.example"));
        Assert.Equal(TimeSpan.FromSeconds(2), throttle.PenaltyFor("b.example"));
    }

    [Fact]
    public async Task Acquire_SecondRequest_WaitsForSpacing()
    {
        var time = new FakeTimeProvider();
        var throttle = new HostThrottle(time);
        (await throttle.AcquireAsync("example.org", Second, CancellationToken.None)).Dispose();

        var second = throttle.AcquireAsync("example.org", Second, CancellationToken.None);
        await Task.Yield();
        Assert.False(second.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1101));

        (await second.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
    }

    [Fact]
    public async Task Acquire_OtherHost_DoesNotWait()
    {
        var time = new FakeTimeProvider();
        var throttle = new HostThrottle(time);
        using var held = await throttle.AcquireAsync("slow.example", Second, CancellationToken.None);

        var other = throttle.AcquireAsync("fast.example", Second, CancellationToken.None);

        Assert.True(other.IsCompletedSuccessfully);
        (await other).Dispose();
    }

    [Fact]
    public void PauseUntil_LaterPauseWins_ExpiresWithTime()
    {
        var time = new FakeTimeProvider();
        var throttle = new HostThrottle(time);
        var now = time.GetUtcNow();

        throttle.PauseUntil("example.org", now.AddMinutes(10));
        throttle.PauseUntil("example.org", now.AddMinutes(1));

        Assert.Equal(now.AddMinutes(10), throttle.PausedUntil("example.org"));
        time.Advance(TimeSpan.FromMinutes(11));
        Assert.Null(throttle.PausedUntil("example.org"));
    }
}
