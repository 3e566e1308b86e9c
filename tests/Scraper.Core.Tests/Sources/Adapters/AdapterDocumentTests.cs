using Scraper.Core.Tests.Parsing;
using Scraper.Parsing;
using Scraper.Sources.Adapters;

namespace Scraper.Core.Tests.Sources.Adapters;

public class AdapterDocumentTests
{
    [Fact]
    public void TelegramDocument_UsesDataPostAsStableIdAndPermalink()
    {
        var post = TelegramPreviewParser.Parse(Fixtures.Text("Telegram", "channel-page-nested-markup")).Posts[0];
        var doc = TelegramSourceAdapter.ToDocument(post, "abc", "ru");
        Assert.Equal("ministry_demo/41001", doc.ItemId);
        Assert.Equal("https://t.me/ministry_demo/41001", doc.Url);
        Assert.Equal("abc", doc.SnapshotHash);
        Assert.Equal("Forwarded from Other Channel", doc.Summary);
    }

    [Theory]
    [InlineData("https://t.me/s/mod_russia", true)]
    [InlineData("http://replay.local/t.me/s/ministry_demo", true)]
    [InlineData("https://t.me/mod_russia", false)]
    [InlineData("https://t.me/s/abc", false)]
    public void TelegramUrl_MustBeAChannelPreview(string url, bool ok) => Assert.Equal(ok, TelegramSourceAdapter.IsPreviewUrl(new Uri(url)));

    [Fact]
    public void GdeltDocument_ReadsLikeAStrikeReport()
    {
        var export = GdeltParser.ParseExportZip(File.ReadAllBytes(Path.Combine(Fixtures.Root, "Gdelt", "export-root-19", "20261124083000.export.CSV.zip")), new HashSet<string> { "19" });
        var doc = GdeltSourceAdapter.ToDocument(export.Events[0], "h");
        Assert.Equal("gdelt-1234567001", doc.ItemId);
        Assert.StartsWith("Russia struck with aerial weapons against Ukraine near Kharkiv", doc.Text, StringComparison.Ordinal);
        Assert.Equal("https://news.example/2026/11/24/kharkiv-strike", doc.Url);
    }

    [Fact]
    public void ArticlePage_BodySelector_ReadsOnlyTheSelectedText()
    {
        var (article, error) = ArticlePages.Read(Fixtures.Text("Html", "article-with-boilerplate"), new ArticlePageOptions("div.body", null, null, 20));
        Assert.Null(error);
        Assert.StartsWith("On Saturday 21 November", article!.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("cookies", article.Text, StringComparison.Ordinal);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 16, 0, 0, TimeSpan.Zero), article.Published);
    }

    [Fact]
    public void ArticlePage_BodySelectorMatchingNothing_IsAnError()
    {
        var (_, error) = ArticlePages.Read(Fixtures.Text("Html", "article-with-boilerplate"), new ArticlePageOptions("div.article-body", null, null, 20));
        Assert.Contains("matched nothing", error, StringComparison.Ordinal);
    }

    [Fact]
    public void FeedDocument_FallsBackToUpdatedForPublished()
    {
        var doc = FeedDocuments.From(new FeedItem { Id = "x", Updated = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), Summary = "<p>a &amp; b</p>" }, "h", "en");
        Assert.Equal(doc.Updated, doc.Published);
        Assert.Equal("a & b", doc.Text);
    }
}
