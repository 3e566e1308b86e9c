using System.Xml.Linq;

namespace Scraper.Parsing;

/// <summary>One &lt;url&gt; of a sitemap, with its Google News extension when present.</summary>
public sealed record SitemapEntry(string Url, string? Title, DateTimeOffset? Published, string? Language, bool IsNews);

/// <summary>A parsed sitemap: URL entries, or child sitemaps of a sitemap index, or an error.</summary>
public sealed record ParsedSitemap(IReadOnlyList<SitemapEntry> Entries, IReadOnlyList<string> ChildSitemaps, string? Error);

/// <summary>
/// Sitemaps (urlset / sitemapindex) with the Google News extension (news:news): publication date, title,
/// language. Loaded through <see cref="SafeXml"/>, repaired when malformed; an entry without &lt;loc&gt; is skipped.
/// </summary>
public static class NewsSitemapParser
{
    private static readonly XNamespace News = "http://www.google.com/schemas/sitemap-news/0.9";

    public static ParsedSitemap Parse(string xml)
    {
        var start = xml.IndexOf('<', StringComparison.Ordinal);
        if (start < 0)
        {
            return new ParsedSitemap([], [], "empty document");
        }

        xml = xml[start..];
        if (!SafeXml.TryLoad(xml, out var doc, out var error) && !SafeXml.TryLoad(XmlRepair.Repair(xml), out doc, out _))
        {
            return new ParsedSitemap([], [], $"not a sitemap: {error}");
        }

        var root = doc.Root!;
        var ns = root.Name.Namespace;
        if (root.Name.LocalName == "sitemapindex")
        {
            var children = root.Elements(ns + "sitemap").Select(s => XmlFeedParser.Value(s.Element(ns + "loc"))).OfType<string>().ToList();
            return new ParsedSitemap([], children, null);
        }

        if (root.Name.LocalName != "urlset")
        {
            return new ParsedSitemap([], [], $"not a sitemap: root element <{root.Name.LocalName}>");
        }

        var entries = new List<SitemapEntry>();
        foreach (var url in root.Elements(ns + "url"))
        {
            var loc = XmlFeedParser.Value(url.Element(ns + "loc"));
            if (loc is null || XmlFeedParser.AsBase(loc) is null)
            {
                continue;
            }

            var news = url.Element(News + "news");
            var published = FeedDates.Parse(XmlFeedParser.Value(news?.Element(News + "publication_date")) ?? XmlFeedParser.Value(url.Element(ns + "lastmod")));
            entries.Add(new SitemapEntry(
                loc,
                XmlFeedParser.PlainTitle(XmlFeedParser.Value(news?.Element(News + "title"))),
                published,
                XmlFeedParser.Value(news?.Element(News + "publication")?.Element(News + "language")),
                news is not null));
        }

        return new ParsedSitemap(entries, [], null);
    }
}
