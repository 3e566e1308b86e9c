using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;

namespace Scraper.Parsing;

/// <summary>RSS and Atom as XML: strict load, then a repaired load, then item-by-item salvage.</summary>
internal static partial class XmlFeedParser
{
    internal static readonly XNamespace Atom10 = "http://www.w3.org/2005/Atom";
    internal static readonly XNamespace Atom03 = "http://purl.org/atom/ns#";
    internal static readonly XNamespace Rss10 = "http://purl.org/rss/1.0/";
    internal static readonly XNamespace Rss090 = "http://my.netscape.com/rdf/simple/0.9/";
    internal static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    internal static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    internal static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";

    public static FeedParseResult Parse(string xml)
    {
        if (SafeXml.TryLoad(xml, out var doc, out var error))
        {
            return Map(doc.Root!);
        }

        var repaired = XmlRepair.Repair(xml);
        if (SafeXml.TryLoad(repaired, out doc, out _))
        {
            return Map(doc.Root!);
        }

        return XmlFeedChunks.Salvage(repaired, error ?? "malformed XML");
    }

    internal static FeedParseResult Map(XElement root) => root.Name.LocalName switch
    {
        "feed" => FeedParseResult.Ok(ReadAtomFeed(root)),
        "rss" or "RDF" or "channel" => FeedParseResult.Ok(ReadRss(root)),
        _ => FeedParseResult.Fail($"not a feed: root element <{root.Name.LocalName}>"),
    };

    /// <summary>Trimmed text, null when empty.</summary>
    internal static string? Value(XElement? e)
    {
        if (e is null)
        {
            return null;
        }

        var v = e.Value.Trim();
        return v.Length == 0 ? null : v;
    }

    /// <summary>Titles are shown as plain text: markup and double-escaped entities are removed.</summary>
    internal static string? PlainTitle(string? title)
    {
        if (title is null)
        {
            return null;
        }

        var plain = title.Contains('<', StringComparison.Ordinal) || title.Contains('&', StringComparison.Ordinal) ? HtmlText.ToPlainText(title) : title;
        plain = string.Join(' ', plain.Split((char[])[' ', '\n', '\r', '\t', '\u00A0', '\u2009', '\u202F'], StringSplitOptions.RemoveEmptyEntries));
        return plain.Length == 0 ? null : plain;
    }

    internal static string? Resolve(string? link, Uri? baseUri)
    {
        if (string.IsNullOrWhiteSpace(link))
        {
            return null;
        }

        link = link.Trim();
        if (Uri.TryCreate(link, UriKind.Absolute, out var abs) && abs.Scheme is "http" or "https")
        {
            return abs.AbsoluteUri == link ? link : abs.ToString();
        }

        return baseUri is not null && Uri.TryCreate(baseUri, link, out var rel) ? rel.ToString() : link;
    }

    internal static Uri? AsBase(string? link) =>
        Uri.TryCreate(link?.Trim(), UriKind.Absolute, out var u) && u.Scheme is "http" or "https" ? u : null;

    /// <summary>Last-resort id for items with no guid, link or id: stable over reordering, changes with the content.</summary>
    internal static string ContentId(params string?[] parts)
    {
        var joined = string.Join("\u001f", parts.Select(p => p ?? ""));
        return "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(joined)))[..32];
    }
}
