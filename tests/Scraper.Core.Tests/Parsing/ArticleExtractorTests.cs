using Scraper.Parsing;

namespace Scraper.Core.Tests.Parsing;

public class ArticleExtractorTests
{
    [Fact]
    public void Extract_GovernmentStylePage_KeepsParagraphsAndDropsFurniture()
    {
        var article = ArticleExtractor.Extract(Fixtures.Text("Articles", "article-with-related-and-comments"));
        Assert.Equal("Update: air strikes against Daesh", article.Title);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 16, 0, 0, TimeSpan.Zero), article.Published);
        Assert.Contains("west of Mosul", article.Text, StringComparison.Ordinal);
        Assert.Contains("near Hatra", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("cookies", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Share on", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Related content", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Privacy", article.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("<html>")]
    [InlineData("plain text, no markup at all")]
    public void Extract_DegeneratePages_DoNotThrow(string html) => Assert.NotNull(ArticleExtractor.Extract(html));

    [Fact]
    public void Extract_HostileNesting_GivesEmptyTextInsteadOfCrashing()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 50_000)) + "<p>deep</p></body></html>";
        Assert.Equal("", ArticleExtractor.Extract(html).Text);
        Assert.False(TelegramPreviewParser.Parse(html).IsAvailable);
        Assert.Equal("", HtmlText.ToPlainText(html));
    }
}
