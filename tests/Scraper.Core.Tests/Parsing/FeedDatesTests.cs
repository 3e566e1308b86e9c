using Scraper.Parsing;

namespace Scraper.Core.Tests.Parsing;

public class FeedDatesTests
{
    [Theory]
    [InlineData("Tue, 24 Nov 2026 18:30:00 GMT", "2026-11-24T18:30:00Z")]
    [InlineData("Tue, 24 Nov 2026 18:30:00 +0300", "2026-11-24T15:30:00Z")]
    [InlineData("Tue, 24 Nov 2026 13:30:00 EST", "2026-11-24T18:30:00Z")]
    [InlineData("Wed, 24 Nov 2026 18:30:00 GMT", "2026-11-24T18:30:00Z")]
    [InlineData("24 Nov 26 18:30 GMT", "2026-11-24T18:30:00Z")]
    [InlineData("Tue, 24 November 2026 18:30:00 GMT+3", "2026-11-24T15:30:00Z")]
    [InlineData("Tue,  4 Nov 2026 8:05:00 Z", "2026-11-04T08:05:00Z")]
    [InlineData("2026-11-24T18:30:00Z", "2026-11-24T18:30:00Z")]
    [InlineData("2026-11-24T21:30:00.123+03:00", "2026-11-24T18:30:00.123Z")]
    [InlineData("2026-11-24 18:30:00", "2026-11-24T18:30:00Z")]
    [InlineData("2026-11-24", "2026-11-24T00:00:00Z")]
    [InlineData("24.11.2026 18:30", "2026-11-24T18:30:00Z")]
    [InlineData("11/24/2026 6:30 PM", "2026-11-24T18:30:00Z")]
    [InlineData("24 ноября 2026, 18:30", "2026-11-24T18:30:00Z")]
    [InlineData("24 листопада 2026 18:30", "2026-11-24T18:30:00Z")]
    [InlineData("Di, 24 Nov. 2026 18:30:00 +0000", "2026-11-24T18:30:00Z")]
    [InlineData("mar. 24 novembre 2026 18h30", "2026-11-24T18:30:00Z")]
    [InlineData("24 Kasım 2026 18:30", "2026-11-24T18:30:00Z")]
    [InlineData("November 24, 2026 6:30 pm", "2026-11-24T18:30:00Z")]
    public void Parse_KnownForms_GiveTheUtcInstant(string text, string expected) =>
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), FeedDates.Parse(text));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("2 hours ago")]
    [InlineData("Mon, 31 Feb 2026 10:00:00 GMT")]
    [InlineData("32/13/2026")]
    [InlineData("Tue, 24 Nov 2026 25:61:00 GMT")]
    [InlineData("0001-01-01T00:00:00Z")]
    public void Parse_Garbage_IsNullNeverNow(string? text) => Assert.Null(FeedDates.Parse(text));
}
