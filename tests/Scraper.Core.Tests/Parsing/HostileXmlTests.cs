using Scraper.Parsing;

namespace Scraper.Core.Tests.Parsing;

public class HostileXmlTests
{
    [Fact]
    public void Parse_BillionLaughs_DoesNotExpandEntities()
    {
        var result = FeedParser.Parse(Fixtures.Bytes("Feeds", "hostile-billion-laughs"), null);
        var text = string.Concat(result.Feed?.Items.Select(i => i.Title) ?? []) + result.Feed?.Title;
        Assert.True(text.Length < 1000, "entities must never be expanded");
        Assert.DoesNotContain("lollol", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ExternalEntity_IsNeverResolved()
    {
        var result = FeedParser.Parse(Fixtures.Bytes("Feeds", "hostile-xxe"), null);
        var all = string.Join("|", result.Feed?.Items.Select(i => i.Title + i.Summary) ?? []) + result.Feed?.Title;
        Assert.DoesNotContain("root:", all, StringComparison.Ordinal);
    }

    [Fact]
    public void SitemapParse_ExternalEntity_IsNeverResolved()
    {
        const string xml = """
            <?xml version="1.0"?><!DOCTYPE urlset [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://a.example/&xxe;</loc></url></urlset>
            """;
        var parsed = NewsSitemapParser.Parse(xml);
        Assert.DoesNotContain(parsed.Entries, e => e.Url.Contains("root:", StringComparison.Ordinal));
    }

    [Fact]
    public void SafeXml_InternalEntityExpansion_IsIgnored()
    {
        const string xml = """<?xml version="1.0"?><!DOCTYPE a [<!ENTITY e "expanded">]><a>&e;</a>""";
        Assert.False(SafeXml.TryLoad(xml, out _, out var error));
        Assert.NotNull(error);
    }
}
