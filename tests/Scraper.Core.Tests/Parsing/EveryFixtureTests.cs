using System.Text;
using HtmlAgilityPack;
using Scraper.Parsing;

namespace Scraper.Core.Tests.Parsing;

/// <summary>Every fixture file of every area goes through every parser: wrong inputs give errors, never exceptions.</summary>
public class EveryFixtureTests
{
    public static TheoryData<string> Files() => new(Fixtures.AllFiles());

    [Theory]
    [MemberData(nameof(Files))]
    public void EveryParser_AnyFixture_NeverThrows(string relativePath)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Fixtures.Root, relativePath));
        var text = TextDecoding.Decode(bytes, null);
        _ = FeedParser.Parse(bytes, null);
        _ = FeedParser.Parse(text);
        _ = ArticleExtractor.Extract(text);
        _ = TelegramPreviewParser.Parse(text);
        _ = ListingParser.Parse(text, new Uri("https://fixture.example/"), new ListingSelectors("li a, //article", Title: "h3", Date: "time", Next: "a[rel='next']"));
        _ = NewsSitemapParser.Parse(text);
        _ = GdeltParser.ParseLastUpdate(text);
        _ = GdeltParser.ParseExportZip(bytes, new HashSet<string> { "19" });
        using (var reader = new StringReader(text))
        {
            _ = GdeltParser.ParseExportCsv(reader, new HashSet<string> { "19" });
        }

        _ = HtmlText.ToPlainText(text);
        _ = PageCheck.Problem(text);
        foreach (var line in text.Split('\n').Take(200))
        {
            _ = FeedDates.Parse(line);
        }
    }

    [Fact]
    public void EveryParser_RandomBytes_NeverThrows()
    {
        var random = new Random(20261125);
        for (var i = 0; i < 50; i++)
        {
            var bytes = new byte[random.Next(0, 2000)];
            random.NextBytes(bytes);
            var text = Encoding.UTF8.GetString(bytes);
            _ = FeedParser.Parse(bytes, null);
            _ = FeedParser.Parse("<rss><channel><item><title>" + text);
            _ = ArticleExtractor.Extract("<html><body><p>" + text);
            _ = TelegramPreviewParser.Parse(text);
            _ = NewsSitemapParser.Parse("<urlset>" + text);
            _ = new HtmlDocument();
        }
    }
}
