using HtmlAgilityPack;

namespace Scraper.Parsing;

/// <summary>Article page → body text, by a configured XPath or, without one, the page's main text block.</summary>
public static class ArticleText
{
    public static string Extract(string html, string? xpath)
    {
        var doc = new HtmlDocument();
        doc.LoadHtml(html);
        if (!string.IsNullOrWhiteSpace(xpath))
        {
            var nodes = doc.DocumentNode.SelectNodes(xpath);
            return nodes is null ? "" : string.Join("\n", nodes.Select(HtmlText.ToPlainText));
        }

        var container = doc.DocumentNode.SelectSingleNode("//article") ?? doc.DocumentNode.SelectSingleNode("//main") ?? doc.DocumentNode.SelectSingleNode("//body");
        var paragraphs = container?.SelectNodes(".//p");
        return paragraphs is null ? "" : string.Join("\n", paragraphs.Select(HtmlText.ToPlainText).Where(p => p.Length > 0));
    }
}
