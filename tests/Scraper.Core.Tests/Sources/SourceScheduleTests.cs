using Scraper.Sources;

namespace Scraper.Core.Tests.Sources;

public sealed class SourceScheduleTests
{
    [Theory]
    [InlineData("0 */5 * * * *")]
    [InlineData("0 30 9 * * 1-5")]
    [InlineData("00:15:00")]
    public void TryParse_HostDialect_Accepts(string text) => Assert.NotNull(SourceSchedule.TryParse(text, out _));

    [Theory]
    [InlineData("*/5 * * * *")]
    [InlineData("0 0 0 L * *")]
    [InlineData("every five minutes")]
    [InlineData("00:00:10")]
    [InlineData("")]
    public void TryParse_NotTheHostDialect_RejectsWithReason(string text)
    {
        Assert.Null(SourceSchedule.TryParse(text, out var error));
        Assert.False(string.IsNullOrWhiteSpace(error));
    }

    [Fact]
    public void NextAfter_Cron_IsInUtcAndExclusive()
    {
        var s = SourceSchedule.Parse("0 */15 * * * *");
        var at = new DateTimeOffset(2026, 11, 21, 10, 15, 0, TimeSpan.Zero);

        Assert.Equal(at.AddMinutes(15), s.NextAfter(at));
    }

    [Fact]
    public void IsDue_SlotPassedSinceLastDispatch_IsTrue()
    {
        var s = SourceSchedule.Parse("0 0 * * * *");
        var last = new DateTimeOffset(2026, 11, 21, 10, 0, 0, TimeSpan.Zero);

        Assert.False(s.IsDue(last, last.AddMinutes(59)));
        Assert.True(s.IsDue(last, last.AddMinutes(60)));
        Assert.True(s.IsDue(null, last));
    }
}
