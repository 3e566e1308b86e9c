namespace Scraper.Parsing;

/// <summary>
/// Reads RSS 0.9x/2.0, RSS 1.0 (RDF), Atom 0.3/1.0 and JSON Feed 1.x, whatever the declared content type.
/// Lenient by design: leading BOMs, whitespace or junk before the document are skipped, malformed XML is
/// repaired or read item by item, and one broken item or date never loses the rest of the feed. DTDs and
/// external entities are never resolved.
/// </summary>
public static class FeedParser
{
    /// <summary>Parses a raw body, decoding it by BOM, header charset and XML declaration.</summary>
    public static FeedParseResult Parse(ReadOnlySpan<byte> body, string? headerCharset) =>
        Parse(TextDecoding.Decode(body, headerCharset));

    public static FeedParseResult Parse(string text)
    {
        var start = DocumentStart(text);
        if (start < 0)
        {
            return FeedParseResult.Fail("empty document");
        }

        var document = text[start..];
        return document[0] switch
        {
            '{' => JsonFeedParser.Parse(document),
            '<' => XmlFeedParser.Parse(document),
            _ => FeedParseResult.Fail("not a feed: the body is neither XML nor JSON"),
        };
    }

    /// <summary>Index of the first '&lt;' or '{' after BOMs, whitespace, NULs or a short junk prefix (PHP notices, stray bytes).</summary>
    private static int DocumentStart(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '<' or '{')
            {
                return i;
            }

            if (!char.IsWhiteSpace(c) && c is not ('\uFEFF' or '\0' or '\uFFFE'))
            {
                // Junk before the document: look for a plausible XML start within the first few KiB.
                var xml = text.IndexOf("<?xml", i, Math.Min(text.Length - i, 4096), StringComparison.OrdinalIgnoreCase);
                var tag = xml >= 0 ? xml : IndexOfRootTag(text, i);
                return tag;
            }
        }

        return -1;
    }

    private static int IndexOfRootTag(string text, int from)
    {
        var best = -1;
        foreach (var root in (string[])["<rss", "<feed", "<rdf:RDF", "<RDF"])
        {
            var at = text.IndexOf(root, from, Math.Min(text.Length - from, 4096), StringComparison.Ordinal);
            if (at >= 0 && (best < 0 || at < best))
            {
                best = at;
            }
        }

        return best;
    }
}
