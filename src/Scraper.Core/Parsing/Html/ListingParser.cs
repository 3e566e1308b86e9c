using HtmlAgilityPack;

namespace Scraper.Parsing;

/// <summary>One entry of an HTML listing page.</summary>
public sealed record ListingEntry(string Url, string? Title, DateTimeOffset? Published, string Text);

/// <summary>A parsed listing page: its entries and the next page's URL, or why the page could not be read.</summary>
public sealed record ListingPage(IReadOnlyList<ListingEntry> Entries, string? NextUrl, string? Error);

/// <summary>Selectors of an HTML listing source (CSS or XPath; inner selectors are relative to the item).</summary>
public sealed record ListingSelectors(string Item, string? Link = null, string? Title = null, string? Date = null, string? Next = null);

/// <summary>
/// Listing page → entries, by the source's selectors. An item selector that matches nothing is an error
/// (the site changed or served something else), never an empty listing.
/// </summary>
public static class ListingParser
{
    public static ListingPage Parse(string html, Uri pageUrl, ListingSelectors selectors)
    {
        var doc = HtmlLoader.Load(html);
        var (items, error) = HtmlSelector.Select(doc.DocumentNode, selectors.Item);
        if (error is not null)
        {
            return new ListingPage([], null, error);
        }

        if (items.Count == 0)
        {
            return new ListingPage([], null, $"item selector '{selectors.Item}' matched nothing");
        }

        var entries = new List<ListingEntry>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var anchor = item.Name == "a" ? item : FirstNode(item, selectors.Link ?? ".//a[@href]");
            if (Canonical(pageUrl, anchor?.GetAttributeValue("href", null!)) is not { } url || !seen.Add(url))
            {
                continue;
            }

            var title = HtmlSelector.FirstText(item, selectors.Title) ?? (anchor is null ? null : XmlFeedParser.PlainTitle(HtmlText.ToPlainText(anchor)));
            var date = FeedDates.Parse(HtmlSelector.FirstText(item, selectors.Date, preferDateAttributes: true)
                ?? item.SelectSingleNode(".//time[@datetime]")?.GetAttributeValue("datetime", null!));
            entries.Add(new ListingEntry(url, title, date, HtmlText.ToPlainText(item)));
        }

        var next = selectors.Next is null ? null : Canonical(pageUrl, FirstNode(doc.DocumentNode, selectors.Next)?.GetAttributeValue("href", null!));
        return new ListingPage(entries, next == pageUrl.AbsoluteUri ? null : next, entries.Count == 0 ? "listing items carry no links" : null);
    }

    /// <summary>Absolute http(s) URL without fragment: the item's stable id.</summary>
    public static string? Canonical(Uri pageUrl, string? href)
    {
        if (string.IsNullOrWhiteSpace(href) || !Uri.TryCreate(pageUrl, HtmlEntity.DeEntitize(href.Trim()), out var url) || url.Scheme is not ("http" or "https"))
        {
            return null;
        }

        return new UriBuilder(url) { Fragment = "" }.Uri.AbsoluteUri;
    }

    private static HtmlNode? FirstNode(HtmlNode context, string selector)
    {
        var (nodes, _) = HtmlSelector.Select(context, selector, relative: context.NodeType != HtmlNodeType.Document);
        return nodes.Count > 0 ? nodes[0] : null;
    }
}
