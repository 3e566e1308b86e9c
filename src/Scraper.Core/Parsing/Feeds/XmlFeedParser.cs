using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;

namespace Scraper.Parsing;

/// <summary>RSS and Atom read from the forgiving <see cref="FeedXml"/> scanner (no DTD, no entity expansion).</summary>
internal static partial class XmlFeedParser
{
    internal const string Atom10 = "http://www.w3.org/2005/Atom";
    internal const string Atom03 = "http://purl.org/atom/ns#";
    internal const string Rss10 = "http://purl.org/rss/1.0/";
    internal const string Rss090 = "http://my.netscape.com/rdf/simple/0.9/";
    internal const string Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    internal const string Content = "http://purl.org/rss/1.0/modules/content/";
    internal const string Dc = "http://purl.org/dc/elements/1.1/";

    public static FeedParseResult Parse(string xml)
    {
        var root = FeedXml.Parse(xml);
        if (root is null)
        {
            return FeedParseResult.Fail("not a feed: no XML element found");
        }

        return root.LocalName switch
        {
            "feed" => FeedParseResult.Ok(ReadAtomFeed(root)),
            "rss" or "RDF" or "channel" => FeedParseResult.Ok(ReadRss(root)),
            _ => FeedParseResult.Fail($"not a feed: root element <{root.QualifiedName}>"),
        };
    }

    internal static string? Value(FeedElement? e)
    {
        if (e is null)
        {
            return null;
        }

        var v = e.Value;
        return v.Length == 0 ? null : v;
    }

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
