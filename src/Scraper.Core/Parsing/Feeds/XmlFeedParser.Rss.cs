using System.Xml.Linq;

namespace Scraper.Parsing;

internal static partial class XmlFeedParser
{
    private static ParsedFeed ReadRss(XElement root)
    {
        var channel = root.Name.LocalName == "channel" ? root : root.Elements().FirstOrDefault(e => e.Name.LocalName == "channel");
        var link = Value(Core(channel, "link")) ?? AtomHref(channel);
        var baseUri = AsBase(link);
        var items = new List<FeedItem>();

        // RSS 2.0 nests items in <channel>; RSS 0.90/1.0 puts them beside it. Either way, direct item elements only.
        var itemElements = (channel?.Elements() ?? []).Concat(root.Elements()).Where(e => e.Name.LocalName == "item" && IsCore(e.Name.Namespace));
        foreach (var element in itemElements)
        {
            if (ReadRssItem(element, baseUri) is { } item)
            {
                items.Add(item);
            }
        }

        return new ParsedFeed(PlainTitle(Value(Core(channel, "title"))), Resolve(link, null), items)
        {
            Format = root.Name.LocalName == "RDF" ? "rdf" : "rss",
        };
    }

    internal static FeedItem? ReadRssItem(XElement item, Uri? baseUri)
    {
        var guidElement = Core(item, "guid");
        var guid = Value(guidElement);
        var isPermaLink = !string.Equals((string?)guidElement?.Attribute("isPermaLink"), "false", StringComparison.OrdinalIgnoreCase);
        var about = (string?)item.Attribute(Rdf + "about");
        var rawLink = Value(Core(item, "link")) ?? AtomHref(item) ?? (isPermaLink && guid is not null && AsBase(guid) is not null ? guid : null) ?? about;
        var link = Resolve(rawLink, baseUri);
        var title = Value(Core(item, "title"));
        var description = Value(Core(item, "description"));
        var pubDate = Value(Core(item, "pubDate")) ?? Value(item.Element(Dc + "date")) ?? Value(Core(item, "date"));
        var id = guid ?? link ?? about ?? ((title ?? description) is null ? null : ContentId(title, description, pubDate));
        if (id is null)
        {
            return null;
        }

        return new FeedItem
        {
            Id = id,
            Title = PlainTitle(title),
            Link = link,
            Published = FeedDates.Parse(pubDate),
            Updated = FeedDates.Parse(Value(item.Element(Atom10 + "updated")) ?? Value(item.Element(Dc + "modified"))),
            Author = RssAuthor(Value(Core(item, "author")) ?? Value(item.Element(Dc + "creator"))),
            Summary = description,
            ContentHtml = Value(item.Element(Content + "encoded")),
        };
    }

    /// <summary>RSS 2.0 authors are "email (Name)"; keep the name when there is one.</summary>
    private static string? RssAuthor(string? author)
    {
        if (author is null)
        {
            return null;
        }

        var open = author.IndexOf('(', StringComparison.Ordinal);
        var close = author.LastIndexOf(')');
        return open > 0 && close > open + 1 && author[..open].Contains('@', StringComparison.Ordinal) ? author[(open + 1)..close].Trim() : author;
    }

    private static bool IsCore(XNamespace ns) => ns == XNamespace.None || ns == Rss10 || ns == Rss090;

    private static XElement? Core(XElement? parent, string local) =>
        parent?.Elements().FirstOrDefault(e => e.Name.LocalName == local && IsCore(e.Name.Namespace));

    private static string? AtomHref(XElement? parent) =>
        (string?)parent?.Elements(Atom10 + "link").FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate")?.Attribute("href");
}
