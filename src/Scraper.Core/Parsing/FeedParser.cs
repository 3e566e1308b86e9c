using System.Xml;
using System.Xml.Linq;

namespace Scraper.Parsing;

/// <summary>
/// Reads RSS 0.9x/2.0, RSS 1.0 (RDF) and Atom. DTDs are ignored and never resolved; one broken item
/// is skipped without losing the rest of the feed.
/// </summary>
public static class FeedParser
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";

    public static ParsedFeed Parse(string xml)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            MaxCharactersFromEntities = 1024,
            IgnoreComments = true,
        };
        using var reader = XmlReader.Create(new StringReader(xml.TrimStart('\uFEFF', ' ', '\t', '\r', '\n')), settings);
        var doc = XDocument.Load(reader);
        var root = doc.Root ?? throw new FormatException("empty document");

        if (root.Name.LocalName == "feed")
        {
            var ns = root.Name.Namespace;
            return new ParsedFeed(
                Value(root.Element(ns + "title")),
                AtomLink(root, ns),
                root.Elements(ns + "entry").Select(e => ReadAtomEntry(e, ns)).OfType<FeedItem>().ToList());
        }

        if (root.Name.LocalName is "rss" or "RDF")
        {
            var channel = root.Elements().FirstOrDefault(e => e.Name.LocalName == "channel");
            var items = root.Descendants().Where(e => e.Name.LocalName == "item");
            return new ParsedFeed(
                Value(channel?.Elements().FirstOrDefault(e => e.Name.LocalName == "title")),
                Value(channel?.Elements().FirstOrDefault(e => e.Name.LocalName == "link")),
                items.Select(ReadRssItem).OfType<FeedItem>().ToList());
        }

        throw new FormatException($"not a feed: root element <{root.Name.LocalName}>");
    }

    private static FeedItem? ReadRssItem(XElement item)
    {
        string? Child(string local) => Value(item.Elements().FirstOrDefault(e => e.Name.LocalName == local && e.Name.Namespace != Content));
        var link = Child("link") ?? (string?)item.Attribute(XName.Get("about", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"));
        var id = Child("guid") ?? link ?? Child("title");
        if (string.IsNullOrWhiteSpace(id))
        {
            return null;
        }

        return new FeedItem
        {
            Id = id.Trim(),
            Title = Child("title"),
            Link = link?.Trim(),
            Published = FeedDates.Parse(Child("pubDate") ?? Value(item.Element(Dc + "date"))),
            Author = Child("author") ?? Value(item.Element(Dc + "creator")),
            Summary = Child("description"),
            ContentHtml = Value(item.Element(Content + "encoded")),
        };
    }

    private static FeedItem? ReadAtomEntry(XElement entry, XNamespace ns)
    {
        var link = AtomLink(entry, ns);
        var id = Value(entry.Element(ns + "id")) ?? link;
        if (string.IsNullOrWhiteSpace(id))
        {
            return null;
        }

        return new FeedItem
        {
            Id = id.Trim(),
            Title = Value(entry.Element(ns + "title")),
            Link = link,
            Published = FeedDates.Parse(Value(entry.Element(ns + "published")) ?? Value(entry.Element(ns + "issued"))),
            Updated = FeedDates.Parse(Value(entry.Element(ns + "updated")) ?? Value(entry.Element(ns + "modified"))),
            Author = Value(entry.Element(ns + "author")?.Element(ns + "name")),
            Summary = Value(entry.Element(ns + "summary")),
            ContentHtml = Value(entry.Element(ns + "content")),
        };
    }

    private static string? AtomLink(XElement parent, XNamespace ns)
    {
        var links = parent.Elements(ns + "link").ToList();
        var alt = links.FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate") ?? links.FirstOrDefault();
        return (string?)alt?.Attribute("href");
    }

    private static string? Value(XElement? e)
    {
        var v = e?.Value.Trim();
        return string.IsNullOrEmpty(v) ? null : v;
    }
}
