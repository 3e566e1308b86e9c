using Scraper.Parsing;

namespace Scraper.Core.Tests.Parsing;

public class TelegramPreviewParserTests
{
    [Fact]
    public void Parse_ChannelPage_ReadsIdsUtcTimesAndNestedText()
    {
        var page = TelegramPreviewParser.Parse(Fixtures.Text("Telegram", "channel-page-nested-markup"));
        Assert.True(page.IsAvailable);
        Assert.Equal("Ministry Demo", page.ChannelTitle);
        Assert.Equal(41001, page.Before);
        Assert.Equal([41001L, 41002L, 41003L], page.Posts.Select(p => p.Id));
        var first = page.Posts[0];
        Assert.Equal("ministry_demo/41001", first.ItemId);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 6, 15, 0, TimeSpan.Zero), first.Published);
        Assert.Contains("Вложенный блок текста.", first.Text, StringComparison.Ordinal);
        Assert.EndsWith("Последняя строка.", first.Text, StringComparison.Ordinal);
        Assert.StartsWith("Сводка\n", first.Text, StringComparison.Ordinal);
        Assert.Equal("Other Channel", first.ForwardedFrom);
        Assert.Contains("https://example.org/x", first.Links);
        Assert.False(first.Edited);
    }

    [Fact]
    public void Parse_EditedPost_IsMarkedEdited() =>
        Assert.True(TelegramPreviewParser.Parse(Fixtures.Text("Telegram", "channel-page-nested-markup")).Posts[1].Edited);

    [Fact]
    public void Parse_MediaOnlyPostWithBadTime_KeepsThePostWithoutDate()
    {
        var post = TelegramPreviewParser.Parse(Fixtures.Text("Telegram", "channel-page-nested-markup")).Posts[2];
        Assert.Equal("", post.Text);
        Assert.Null(post.Published);
    }

    [Theory]
    [InlineData("preview-unavailable", "contact page")]
    [InlineData("rate-limited", "too many requests")]
    [InlineData("channel-without-messages", "without any message widget")]
    public void Parse_PageWithoutPosts_IsUnavailableNotEmpty(string quirk, string reason)
    {
        var page = TelegramPreviewParser.Parse(Fixtures.Text("Telegram", quirk));
        Assert.False(page.IsAvailable);
        Assert.Contains(reason, page.Unavailable, StringComparison.Ordinal);
    }
}
