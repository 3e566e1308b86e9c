using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Scraper.Parsing;

/// <summary>
/// Last resort for XML that stays malformed after repair (duplicate attributes, unclosed tags): each
/// item/entry is cut out and read on its own, so one broken item never loses the rest of the feed.
/// An item that still will not load is read field by field.
/// </summary>
internal static partial class XmlFeedChunks
{
    public static FeedParseResult Salvage(string xml, string originalError)
    {
        var root = RootTag().Match(xml);
        if (!root.Success)
        {
            return FeedParseResult.Fail($"not a feed: {originalError}");
        }

        var rootName = root.Groups["name"].Value;
        var isAtom = rootName == "feed";
        var chunks = (isAtom ? Entry() : Item()).Matches(xml);
        var head = chunks.Count > 0 ? xml[..chunks[0].Index] : xml;
        var title = XmlFeedParser.PlainTitle(Field(head, "title"));
        var link = isAtom ? AtomHref(head) : Field(head, "link");
        var baseUri = XmlFeedParser.AsBase(link);
        var items = new List<FeedItem>();
        foreach (Match chunk in chunks)
        {
            var wrapped = root.Value + chunk.Value + "</" + rootName + ">";
            FeedItem? item = null;
            if (SafeXml.TryLoad(wrapped, out var doc, out _) && doc.Root!.Elements().FirstOrDefault() is { } element)
            {
                item = isAtom
                    ? XmlFeedParser.ReadAtomEntry(element, doc.Root.Name.Namespace, baseUri, null)
                    : XmlFeedParser.ReadRssItem(element, baseUri);
            }

            item ??= ByFields(chunk.Value, isAtom, baseUri);
            if (item is not null)
            {
                items.Add(item);
            }
        }

        if (items.Count == 0 && chunks.Count == 0 && title is null)
        {
            return FeedParseResult.Fail($"not a feed: {originalError}");
        }

        return FeedParseResult.Ok(new ParsedFeed(title, link, items) { Format = isAtom ? "atom" : rootName.EndsWith("RDF", StringComparison.Ordinal) ? "rdf" : "rss" });
    }

    private static FeedItem? ByFields(string chunk, bool isAtom, Uri? baseUri)
    {
        var title = Field(chunk, "title");
        var link = XmlFeedParser.Resolve(isAtom ? AtomHref(chunk) : Field(chunk, "link"), baseUri);
        var summary = Field(chunk, isAtom ? "summary" : "description");
        var date = isAtom ? Field(chunk, "published") ?? Field(chunk, "updated") : Field(chunk, "pubDate") ?? Field(chunk, "dc:date");
        var id = Field(chunk, isAtom ? "id" : "guid") ?? link ?? ((title ?? summary) is null ? null : XmlFeedParser.ContentId(title, summary, date));
        return id is null ? null : new FeedItem
        {
            Id = id,
            Title = XmlFeedParser.PlainTitle(title),
            Link = link,
            Published = FeedDates.Parse(date),
            Updated = isAtom ? FeedDates.Parse(Field(chunk, "updated")) : null,
            Author = Field(chunk, isAtom ? "name" : "author") ?? Field(chunk, "dc:creator"),
            Summary = summary,
        };
    }

    /// <summary>Text of the first &lt;name&gt; element in a fragment, CDATA unwrapped and entities decoded.</summary>
    private static string? Field(string fragment, string name)
    {
        var m = Regex.Match(fragment, "<" + Regex.Escape(name) + @"(?:\s[^>]*)?>(?<v>.*?)</" + Regex.Escape(name) + @"\s*>", RegexOptions.Singleline, TimeSpan.FromSeconds(1));
        if (!m.Success)
        {
            return null;
        }

        var v = m.Groups["v"].Value.Trim();
        v = v.StartsWith("<![CDATA[", StringComparison.Ordinal) && v.EndsWith("]]>", StringComparison.Ordinal) ? v[9..^3] : WebUtility.HtmlDecode(v);
        v = v.Trim();
        return v.Length == 0 ? null : v;
    }

    private static string? AtomHref(string fragment)
    {
        foreach (Match m in AtomLink().Matches(fragment))
        {
            var tag = m.Value;
            if (!tag.Contains("rel=", StringComparison.Ordinal) || tag.Contains("\"alternate\"", StringComparison.Ordinal) || tag.Contains("'alternate'", StringComparison.Ordinal))
            {
                return WebUtility.HtmlDecode(m.Groups["href"].Value);
            }
        }

        return null;
    }

    [GeneratedRegex(@"<(?<name>rss|feed|rdf:RDF|RDF)\b[^>]*>")]
    private static partial Regex RootTag();

    [GeneratedRegex(@"<item\b[^>]*>.*?</item\s*>", RegexOptions.Singleline)]
    private static partial Regex Item();

    [GeneratedRegex(@"<entry\b[^>]*>.*?</entry\s*>", RegexOptions.Singleline)]
    private static partial Regex Entry();

    [GeneratedRegex(@"<link\b[^>]*\bhref\s*=\s*[""'](?<href>[^""']*)[""'][^>]*>")]
    private static partial Regex AtomLink();
}
