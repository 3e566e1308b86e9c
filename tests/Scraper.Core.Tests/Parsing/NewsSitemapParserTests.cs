using Scraper.Parsing;

namespace Scraper.Core.Tests.Parsing;

public class NewsSitemapParserTests
{
    [Fact]
    public void Parse_NewsSitemap_ReadsLocTitleDateAndLanguage()
    {
        var sitemap = NewsSitemapParser.Parse(Fixtures.Text("Sitemaps", "google-news"));
        Assert.Null(sitemap.Error);
        Assert.Equal(2, sitemap.Entries.Count);
        var e = sitemap.Entries[0];
        Assert.Equal("https://outlet.example/2026/11/24/strikes-near-kharkiv", e.Url);
        Assert.Equal("Missile strikes near Kharkiv", e.Title);
        Assert.Equal("en", e.Language);
        Assert.True(e.IsNews);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 8, 30, 0, TimeSpan.Zero), e.Published);
    }

    [Fact]
    public void Parse_SitemapIndex_ListsChildSitemaps() =>
        Assert.Equal(["https://outlet.example/news-sitemap.xml"], NewsSitemapParser.Parse(Fixtures.Text("Sitemaps", "sitemap-index")).ChildSitemaps);

    [Fact]
    public void Parse_NotASitemap_IsAnError() =>
        Assert.NotNull(NewsSitemapParser.Parse("<html><body>blocked</body></html>").Error);
}
