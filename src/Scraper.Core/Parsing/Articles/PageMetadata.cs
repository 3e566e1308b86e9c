using System.Text.Json;
using HtmlAgilityPack;

namespace Scraper.Parsing;

/// <summary>Title and publication time of a page, from Open Graph / schema.org metadata, then the markup.</summary>
internal static class PageMetadata
{
    public static string? Title(HtmlDocument doc)
    {
        var t = Meta(doc, "og:title") ?? Meta(doc, "twitter:title")
            ?? doc.DocumentNode.SelectSingleNode("//h1")?.InnerText
            ?? doc.DocumentNode.SelectSingleNode("//title")?.InnerText;
        return XmlFeedParser.PlainTitle(t is null ? null : HtmlEntity.DeEntitize(t));
    }

    public static DateTimeOffset? Published(HtmlDocument doc)
    {
        var candidates = new[]
        {
            Meta(doc, "article:published_time"), Meta(doc, "og:published_time"), Meta(doc, "datePublished"), Meta(doc, "pubdate"),
            Meta(doc, "publish-date"), Meta(doc, "date"), Meta(doc, "dc.date"), Meta(doc, "DC.date.issued"),
            doc.DocumentNode.SelectSingleNode("//*[@itemprop='datePublished']")?.GetAttributeValue("content", null!)
                ?? doc.DocumentNode.SelectSingleNode("//*[@itemprop='datePublished']")?.GetAttributeValue("datetime", null!),
            JsonLdDate(doc),
            doc.DocumentNode.SelectSingleNode("//time[@datetime]")?.GetAttributeValue("datetime", null!),
        };
        foreach (var c in candidates)
        {
            if (FeedDates.Parse(c) is { } d)
            {
                return d;
            }
        }

        return null;
    }

    private static string? Meta(HtmlDocument doc, string name)
    {
        var metas = doc.DocumentNode.SelectNodes("//meta");
        if (metas is null)
        {
            return null;
        }

        foreach (var m in metas)
        {
            var key = m.GetAttributeValue("property", null!) ?? m.GetAttributeValue("name", null!) ?? m.GetAttributeValue("itemprop", null!);
            if (key is not null && key.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                var content = m.GetAttributeValue("content", "").Trim();
                return content.Length == 0 ? null : content;
            }
        }

        return null;
    }

    private static string? JsonLdDate(HtmlDocument doc)
    {
        var scripts = doc.DocumentNode.SelectNodes("//script[@type='application/ld+json']");
        foreach (var s in scripts ?? Enumerable.Empty<HtmlNode>())
        {
            var idx = s.InnerText.IndexOf("\"datePublished\"", StringComparison.Ordinal);
            if (idx < 0)
            {
                continue;
            }

            try
            {
                using var json = JsonDocument.Parse("{" + s.InnerText[idx..].Split(',')[0].Trim().TrimEnd('}', ']') + "}");
                return json.RootElement.GetProperty("datePublished").GetString();
            }
            catch (JsonException)
            {
                // Malformed JSON-LD is common; the other date sources still apply.
                continue;
            }
        }

        return null;
    }
}
