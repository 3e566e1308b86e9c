using Scraper.Parsing;

namespace Scraper.Core.Tests.Parsing;

public class ListingParserTests
{
    private static readonly Uri PageUrl = new("https://mod.example/news");

    [Theory]
    [InlineData("li.news-item")]
    [InlineData("//li[contains(@class,'news-item')]")]
    [InlineData("ul.news-list > li")]
    public void Parse_CssOrXPathItems_GiveCanonicalUrlsTitlesAndDates(string itemSelector)
    {
        var page = ListingParser.Parse(Fixtures.Text("Html", "listing-with-next-link"), PageUrl, new ListingSelectors(itemSelector, Title: "h3", Next: "a.pager-next"));
        Assert.Null(page.Error);
        Assert.Equal(2, page.Entries.Count);
        Assert.Equal("https://mod.example/news/2026/11/24/update-air-strikes", page.Entries[0].Url);
        Assert.Equal("Update: air strikes against Daesh", page.Entries[0].Title);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 16, 0, 0, TimeSpan.Zero), page.Entries[0].Published);
        Assert.Equal("Exercise concludes", page.Entries[1].Title);
        Assert.Equal("https://mod.example/news?page=2", page.NextUrl);
    }

    [Fact]
    public void Parse_ItemSelectorMatchingNothing_IsAnErrorNotAnEmptyListing()
    {
        var page = ListingParser.Parse(Fixtures.Text("Html", "listing-selector-missing"), PageUrl, new ListingSelectors("li.news-item"));
        Assert.Contains("matched nothing", page.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("div.a.b", "//div[contains(concat(' ', normalize-space(@class), ' '), ' a ')][contains(concat(' ', normalize-space(@class), ' '), ' b ')]")]
    [InlineData("#main > p", "//*[@id='main']/p")]
    [InlineData("a[href^='/news']", "//a[starts-with(@href, '/news')]")]
    [InlineData("h1, h2", "//h1 | //h2")]
    public void CssToXPath_SupportedSelectors_Translate(string css, string xpath)
    {
        Assert.True(CssToXPath.TryTranslate(css, relative: false, out var actual, out var error), error);
        Assert.Equal(xpath, actual);
    }

    [Theory]
    [InlineData("p:first-child")]
    [InlineData("a ~ b")]
    public void CssToXPath_UnsupportedSelectors_AreErrors(string css) =>
        Assert.False(CssToXPath.TryTranslate(css, relative: false, out _, out _));
}
