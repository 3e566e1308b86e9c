using Scraper.Webhooks.Delivery;

namespace Scraper.Core.Tests.Webhooks.Delivery;

public sealed class RetryScheduleTests
{
    [Fact]
    public void NextDelay_WithoutJitter_FollowsSvixSchedule_ThenStops()
    {
        var delays = Enumerable.Range(1, 8).Select(n => RetrySchedule.NextDelay(n, null, 0.5)).ToList();

        Assert.Equal(
            [TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30), TimeSpan.FromHours(2),
             TimeSpan.FromHours(5), TimeSpan.FromHours(10), TimeSpan.FromHours(10), null],
            delays);
        Assert.Equal(8, RetrySchedule.MaxAttempts);
    }

    [Theory]
    [InlineData(0.0, 0.9)]
    [InlineData(0.999999, 1.1)]
    public void NextDelay_JitterStaysWithinTenPercent(double random, double factor)
    {
        var d = RetrySchedule.NextDelay(2, null, random)!.Value;

        Assert.InRange(d.TotalSeconds, (300 * factor) - 0.01, (300 * factor) + 0.01);
    }

    [Fact]
    public void NextDelay_RetryAfter_ReplacesTheStep_WithinBounds()
    {
        Assert.Equal(TimeSpan.FromSeconds(120), RetrySchedule.NextDelay(1, TimeSpan.FromSeconds(120), 0.5));
        Assert.Equal(TimeSpan.FromSeconds(1), RetrySchedule.NextDelay(1, TimeSpan.Zero, 0.5));
        Assert.Equal(TimeSpan.FromHours(10), RetrySchedule.NextDelay(1, TimeSpan.FromDays(3), 0.5));
        Assert.Null(RetrySchedule.NextDelay(8, TimeSpan.FromSeconds(1), 0.5));
    }
}
