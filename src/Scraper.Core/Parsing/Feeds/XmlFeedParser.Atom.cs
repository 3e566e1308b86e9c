using System.Text;
using System.Xml.Linq;

namespace Scraper.Parsing;

internal static partial class XmlFeedParser
{
    private static ParsedFeed ReadAtomFeed(XElement feed)
    {
        var ns = feed.Name.Namespace;
        var link = AtomLink(feed, ns, BaseOf(feed, null));
        var baseUri = BaseOf(feed, AsBase(link));
        var feedAuthor = AtomAuthor(feed, ns);
        var items = new List<FeedItem>();
        foreach (var entry in feed.Elements(ns + "entry"))
        {
            if (ReadAtomEntry(entry, ns, baseUri, feedAuthor) is { } item)
            {
                items.Add(item);
            }
        }

        return new ParsedFeed(PlainTitle(AtomText(feed.Element(ns + "title"))), link, items) { Format = "atom" };
    }

    internal static FeedItem? ReadAtomEntry(XElement entry, XNamespace ns, Uri? baseUri, string? feedAuthor)
    {
        var entryBase = BaseOf(entry, baseUri);
        var link = AtomLink(entry, ns, entryBase);
        var title = AtomText(entry.Element(ns + "title"));
        var published = Value(entry.Element(ns + "published")) ?? Value(entry.Element(ns + "issued")) ?? Value(entry.Element(ns + "created"));
        var updated = Value(entry.Element(ns + "updated")) ?? Value(entry.Element(ns + "modified"));
        var summary = AtomText(entry.Element(ns + "summary"));
        var id = Value(entry.Element(ns + "id")) ?? link ?? ((title ?? summary) is null ? null : ContentId(title, summary, published ?? updated));
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
            Author = AtomAuthor(entry, ns) ?? AtomAuthor(entry.Element(ns + "source"), ns) ?? feedAuthor,
            Summary = summary,
            ContentHtml = AtomText(entry.Element(ns + "content")),
        };
    }

    /// <summary>Text constructs: text/html carry a string, xhtml carries markup, Atom 0.3 may be base64.</summary>
    private static string? AtomText(XElement? e)
    {
        if (e is null)
        {
            return null;
        }

        var type = (string?)e.Attribute("type");
        var mode = (string?)e.Attribute("mode");
        if (type is "xhtml" or "application/xhtml+xml" || mode == "xml" || (e.HasElements && type is null))
        {
            var inner = string.Concat(e.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting)));
            return inner.Trim().Length == 0 ? null : inner.Trim();
        }

        if (mode == "base64")
        {
            var buffer = new byte[e.Value.Length];
            return Convert.TryFromBase64String(e.Value.Trim(), buffer, out var written) ? Encoding.UTF8.GetString(buffer, 0, written) : null;
        }

        return Value(e);
    }

    private static string? AtomLink(XElement parent, XNamespace ns, Uri? baseUri)
    {
        XElement? best = null;
        foreach (var l in parent.Elements(ns + "link"))
        {
            var rel = (string?)l.Attribute("rel");
            if (rel is null or "alternate")
            {
                var type = (string?)l.Attribute("type");
                if (best is null || type is null or "text/html")
                {
                    best = l;
                    if (type is null or "text/html")
                    {
                        break;
                    }
                }
            }
        }

        best ??= parent.Elements(ns + "link").FirstOrDefault(l => (string?)l.Attribute("rel") is not ("self" or "edit" or "replies"));
        return Resolve((string?)best?.Attribute("href"), baseUri);
    }

    private static string? AtomAuthor(XElement? parent, XNamespace ns)
    {
        var names = parent?.Elements(ns + "author").Select(a => Value(a.Element(ns + "name")) ?? Value(a)).OfType<string>().ToList();
        return names is { Count: > 0 } ? string.Join(", ", names) : null;
    }

    private static Uri? BaseOf(XElement e, Uri? inherited)
    {
        var xmlBase = (string?)e.Attribute(XNamespace.Xml + "base");
        if (xmlBase is null)
        {
            return inherited;
        }

        return inherited is not null && Uri.TryCreate(inherited, xmlBase, out var combined) ? combined : AsBase(xmlBase) ?? inherited;
    }
}
