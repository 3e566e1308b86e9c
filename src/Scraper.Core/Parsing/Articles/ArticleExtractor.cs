using HtmlAgilityPack;

namespace Scraper.Parsing;

/// <summary>An article page reduced to what the pipeline needs.</summary>
public sealed record ExtractedArticle(string? Title, DateTimeOffset? Published, string Text);

/// <summary>
/// Generic article body extraction for pages without configured selectors: furniture (navigation,
/// sharing, comments, related links, hidden parts) is removed and the best-scoring text container kept.
/// </summary>
public static class ArticleExtractor
{
    public static ExtractedArticle Extract(string html)
    {
        var doc = Load(html);
        var title = PageMetadata.Title(doc);
        var published = PageMetadata.Published(doc);
        var text = ExtractBody(doc, stripUnlikely: true);
        if (text.Length < 500)
        {
            // Furniture rules can remove a whole article whose container is oddly classed ("container sidebar-right"): retry without them.
            var retry = ExtractBody(Load(html), stripUnlikely: false);
            if (retry.Length > text.Length)
            {
                text = retry;
            }
        }

        return new ExtractedArticle(title, published, text);
    }

    /// <summary>Title and publication time only (for pages whose body is read by a selector).</summary>
    public static ExtractedArticle Metadata(HtmlDocument doc) => new(PageMetadata.Title(doc), PageMetadata.Published(doc), "");

    internal static HtmlDocument Load(string html)
    {
        return HtmlLoader.Load(html);
    }

    private static string ExtractBody(HtmlDocument doc, bool stripUnlikely)
    {
        var body = doc.DocumentNode;
        var scorer = new ArticleScorer(stripUnlikely);
        var nodes = scorer.SelectBody(body);
        return ArticleTextWriter.Write(nodes, scorer);
    }
}
