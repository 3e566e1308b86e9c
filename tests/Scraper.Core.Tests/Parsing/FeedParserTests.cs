using Scraper.Parsing;

namespace Scraper.Core.Tests.Parsing;

public class FeedParserTests
{
    private static ParsedFeed Parse(string quirk)
    {
        var result = FeedParser.Parse(Fixtures.Bytes("Feeds", quirk), null);
        Assert.True(result.IsSuccess, result.Error);
        return result.Feed!;
    }

    [Fact]
    public void Parse_Rss20_ReadsItemsWithGuidAuthorAndUtcDates()
    {
        var feed = Parse("rss20-dod-style");
        Assert.Equal("Defense Example News", feed.Title);
        Assert.Equal(2, feed.Items.Count);
        var first = feed.Items[0];
        Assert.Equal("https://defense.example/News/Article/3100001/coalition-strikes/", first.Id);
        Assert.Equal("Staff Writer", first.Author);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 18, 30, 0, TimeSpan.Zero), first.Published);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 14, 5, 0, TimeSpan.Zero), feed.Items[1].Published);
    }

    [Fact]
    public void Parse_Rss091WithNetscapeDoctypeAndHtmlEntities_ReadsAllItems()
    {
        var feed = Parse("rss091-netscape-doctype");
        Assert.Equal(2, feed.Items.Count);
        Assert.Equal("Bulletin no. 12 — air defence", feed.Items[0].Title);
        Assert.Contains("région", feed.Items[0].Summary, StringComparison.Ordinal);
        Assert.Null(feed.Items[1].Published);
    }

    [Fact]
    public void Parse_Rdf_ReadsItemsBesideTheChannelWithDcDates()
    {
        var feed = Parse("rdf-rss10");
        Assert.Equal("rdf", feed.Format);
        Assert.Equal(2, feed.Items.Count);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 5, 15, 0, TimeSpan.Zero), feed.Items[0].Published);
        Assert.Equal("Monitor desk", feed.Items[0].Author);
    }

    [Fact]
    public void Parse_Atom10_ResolvesRelativeLinksAndReadsXhtmlContent()
    {
        var feed = Parse("atom10-xhtml-content");
        Assert.Equal("https://gov.example/mod", feed.Link);
        var entry = feed.Items[0];
        Assert.Equal("https://gov.example/news/update-air-strikes-1", entry.Link);
        Assert.Equal("Update: air strikes against Daesh & others", entry.Title);
        Assert.Contains("west of Mosul", entry.ContentHtml, StringComparison.Ordinal);
        Assert.Equal("Ministry of Defence", entry.Author);
        Assert.NotEqual(entry.Published, entry.Updated);
        Assert.Null(feed.Items[1].Published);
    }

    [Fact]
    public void Parse_Atom03_DecodesBase64ContentAndIssuedDates()
    {
        var entry = Parse("atom03-base64").Items.Single();
        Assert.Equal("<p>Strikes near Gara.</p>", entry.ContentHtml);
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 8, 0, 0, TimeSpan.Zero), entry.Published);
        Assert.Equal(new DateTimeOffset(2026, 11, 21, 8, 0, 0, TimeSpan.Zero), entry.Updated);
    }

    [Fact]
    public void Parse_JsonFeed_SkipsNonObjectsAndKeepsItemsWithBadDates()
    {
        var feed = Parse("jsonfeed11");
        Assert.Equal("json", feed.Format);
        Assert.Equal(4, feed.Items.Count);
        Assert.Equal("https://outlet.example/news/2001", feed.Items[0].Link);
        Assert.Equal("2002", feed.Items[1].Id);
        Assert.Null(feed.Items[1].Published);
        Assert.StartsWith("sha256:", feed.Items[2].Id, StringComparison.Ordinal);
        Assert.Equal("Old style author", feed.Items[3].Author);
        Assert.Equal("Outlet staff", feed.Items[0].Author);
    }

    [Theory]
    [InlineData("bom-and-whitespace-before-xml")]
    [InlineData("php-notice-before-xml")]
    [InlineData("bare-ampersand-and-html-entities")]
    [InlineData("windows-1251-declared")]
    public void Parse_QuirkyButReadableFeed_ReturnsItsItems(string quirk) => Assert.NotEmpty(Parse(quirk).Items);

    [Fact]
    public void Parse_Windows1251_DecodesCyrillic() =>
        Assert.Equal("Сводка за сутки", Parse("windows-1251-declared").Items[0].Title);

    [Fact]
    public void Parse_BadDates_AreNullAndNeverLoseTheItem()
    {
        var items = Parse("bad-date-in-one-item").Items;
        Assert.Equal(4, items.Count);
        Assert.NotNull(items[0].Published);
        Assert.Null(items[1].Published);
        Assert.Null(items[2].Published);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 14, 20, 0, TimeSpan.Zero), items[3].Published);
    }

    [Fact]
    public void Parse_ItemWithDuplicateAttribute_KeepsTheOtherItems()
    {
        var items = Parse("broken-item-duplicate-attribute").Items;
        Assert.Contains(items, i => i.Id == "https://agency.example/1");
        Assert.Contains(items, i => i.Id == "https://agency.example/3");
    }

    [Theory]
    [InlineData("not-a-feed-html")]
    [InlineData("empty-body")]
    public void Parse_NotAFeed_FailsWithAReason(string quirk)
    {
        var result = FeedParser.Parse(Fixtures.Bytes("Feeds", quirk), null);
        Assert.False(result.IsSuccess);
        Assert.False(string.IsNullOrEmpty(result.Error));
    }

    [Fact]
    public void Parse_ReorderedFeed_KeepsTheSameIds()
    {
        var xml = Fixtures.Text("Feeds", "rss20-dod-style");
        var items = FeedParser.Parse(xml).Feed!.Items.Select(i => i.Id).ToHashSet();
        var first = xml.IndexOf("<item>", StringComparison.Ordinal);
        var second = xml.IndexOf("<item>", first + 1, StringComparison.Ordinal);
        var end = xml.IndexOf("</channel>", StringComparison.Ordinal);
        var reordered = xml[..first] + xml[second..end] + xml[first..second] + xml[end..];
        Assert.Equal(items, FeedParser.Parse(reordered).Feed!.Items.Select(i => i.Id).ToHashSet());
    }
}
