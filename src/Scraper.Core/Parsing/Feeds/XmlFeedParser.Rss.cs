namespace Scraper.Parsing;

internal static partial class XmlFeedParser
{
    private static ParsedFeed ReadRss(FeedElement root)
    {
        var channel = root.LocalName == "channel" ? root : root.Children.FirstOrDefault(e => e.LocalName == "channel");
        var link = Value(Core(channel, "link")) ?? AtomHref(channel);
        var baseUri = AsBase(link);
        var items = new List<FeedItem>();

        // RSS 2.0 nests items in <channel>; RSS 0.90/1.0 puts them beside it. Either way, direct item elements only.
        var itemElements = (channel?.Children ?? []).Concat(root.Children).Where(e => e.LocalName == "item" && IsCore(e.Namespace));
        foreach (var element in itemElements)
        {
            if (ReadRssItem(element, baseUri) is { } item)
            {
                items.Add(item);
            }
        }

        return new ParsedFeed(PlainTitle(Value(Core(channel, "title"))), Resolve(link, null), items)
        {
            Format = root.LocalName == "RDF" ? "rdf" : "rss",
        };
    }

    private static FeedItem? ReadRssItem(FeedElement item, Uri? baseUri)
    {
        var guidElement = Core(item, "guid");
        var guid = Value(guidElement);
        var isPermaLink = !string.Equals(guidElement?.Attribute("isPermaLink"), "false", StringComparison.OrdinalIgnoreCase);
        var about = item.Attribute("about", Rdf);
        var rawLink = Value(Core(item, "link")) ?? AtomHref(item) ?? (isPermaLink && guid is not null && AsBase(guid) is not null ? guid : null) ?? about;
        var link = Resolve(rawLink, baseUri);
        var title = Value(Core(item, "title"));
        var description = Value(Core(item, "description"));
        var pubDate = Value(Core(item, "pubDate")) ?? Value(item.Child(Dc, "date")) ?? Value(Core(item, "date"));
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
            Updated = FeedDates.Parse(Value(item.Child(Atom10, "updated")) ?? Value(item.Child(Dc, "modified"))),
            Author = RssAuthor(Value(Core(item, "author")) ?? Value(item.Child(Dc, "creator"))),
            Summary = description,
            ContentHtml = Value(item.Child(Content, "encoded")),
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

    /// <summary>RSS core elements have no namespace (2.0) or the RSS 1.0 / 0.90 namespace; a stray prefix means another vocabulary.</summary>
    private static bool IsCore(string ns) => ns.Length == 0 || ns == Rss10 || ns == Rss090;

    private static FeedElement? Core(FeedElement? parent, string local)
    {
        if (parent is null)
        {
            return null;
        }

        foreach (var c in parent.Children)
        {
            if (c.LocalName == local && IsCore(c.Namespace))
            {
                return c;
            }
        }

        return null;
    }

    private static string? AtomHref(FeedElement? parent) =>
        parent?.ChildrenNamed(Atom10, "link").FirstOrDefault(l => l.Attribute("rel") is null or "alternate")?.Attribute("href");
}
