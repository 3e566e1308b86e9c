using System.Text;

namespace Scraper.Parsing;

internal static partial class XmlFeedParser
{
    private static ParsedFeed ReadAtomFeed(FeedElement feed)
    {
        var ns = feed.Namespace;
        var link = AtomLink(feed, ns, BaseOf(feed, null));
        var baseUri = BaseOf(feed, AsBase(link));
        var feedAuthor = AtomAuthor(feed, ns);
        var items = new List<FeedItem>();
        foreach (var entry in feed.ChildrenNamed(ns, "entry"))
        {
            if (ReadAtomEntry(entry, ns, baseUri, feedAuthor) is { } item)
            {
                items.Add(item);
            }
        }

        return new ParsedFeed(PlainTitle(AtomText(feed.Child(ns, "title"))), link, items) { Format = "atom" };
    }

    private static FeedItem? ReadAtomEntry(FeedElement entry, string ns, Uri? baseUri, string? feedAuthor)
    {
        var entryBase = BaseOf(entry, baseUri);
        var link = AtomLink(entry, ns, entryBase);
        var title = AtomText(entry.Child(ns, "title"));
        var published = Value(entry.Child(ns, "published")) ?? Value(entry.Child(ns, "issued")) ?? Value(entry.Child(ns, "created"));
        var updated = Value(entry.Child(ns, "updated")) ?? Value(entry.Child(ns, "modified"));
        var summary = AtomText(entry.Child(ns, "summary"));
        var id = Value(entry.Child(ns, "id")) ?? link ?? ((title ?? summary) is null ? null : ContentId(title, summary, published ?? updated));
        if (id is null)
        {
            return null;
        }

        return new FeedItem
        {
            Id = id,
            Title = PlainTitle(title),
            Link = link,
            Published = FeedDates.Parse(published),
            Updated = FeedDates.Parse(updated),
            Author = AtomAuthor(entry, ns) ?? AtomAuthor(entry.Child(ns, "source"), ns) ?? feedAuthor,
            Summary = summary,
            ContentHtml = AtomText(entry.Child(ns, "content")),
        };
    }

    /// <summary>Text constructs: text/html carry a string, xhtml carries markup, Atom 0.3 may be base64.</summary>
    private static string? AtomText(FeedElement? e)
    {
        if (e is null)
        {
            return null;
        }

        var type = e.Attribute("type");
        var mode = e.Attribute("mode");
        if (type is "xhtml" or "application/xhtml+xml" || mode == "xml" || (e.HasChildElements && type is null))
        {
            var inner = e.InnerMarkup;
            return inner.Length == 0 ? null : inner;
        }

        if (mode == "base64")
        {
            var raw = e.Value;
            var buffer = new byte[raw.Length];
            return Convert.TryFromBase64String(raw, buffer, out var written) ? Encoding.UTF8.GetString(buffer, 0, written) : null;
        }

        return Value(e);
    }

    private static string? AtomLink(FeedElement parent, string ns, Uri? baseUri)
    {
        FeedElement? best = null;
        foreach (var l in parent.ChildrenNamed(ns, "link"))
        {
            if (l.Attribute("rel") is null or "alternate")
            {
                var type = l.Attribute("type");
                if (type is null or "text/html")
                {
                    best = l;
                    break;
                }

                best ??= l;
            }
        }

        best ??= parent.ChildrenNamed(ns, "link").FirstOrDefault(l => l.Attribute("rel") is not ("self" or "edit" or "replies"));
        return Resolve(best?.Attribute("href"), baseUri);
    }

    private static string? AtomAuthor(FeedElement? parent, string ns)
    {
        var names = parent?.ChildrenNamed(ns, "author").Select(a => Value(a.Child(ns, "name")) ?? Value(a)).OfType<string>().ToList();
        return names is { Count: > 0 } ? string.Join(", ", names) : null;
    }

    private static Uri? BaseOf(FeedElement e, Uri? inherited)
    {
        var xmlBase = e.Attribute("base", FeedXml.XmlNamespace);
        if (xmlBase is null)
        {
            return inherited;
        }

        return inherited is not null && Uri.TryCreate(inherited, xmlBase, out var combined) ? combined : AsBase(xmlBase) ?? inherited;
    }
}
