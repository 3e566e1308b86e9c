using System.Net;
using System.Text;
using HtmlAgilityPack;

namespace Scraper.Parsing;

/// <summary>HTML fragment → readable plain text: block elements become line breaks, scripts are dropped.</summary>
public static class HtmlText
{
    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "blockquote", "section", "article", "header", "footer",
    };

    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "noscript", "template", "svg" };

    public static string ToPlainText(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return "";
        }

        if (!html.Contains('<', StringComparison.Ordinal))
        {
            return Normalise(WebUtility.HtmlDecode(html));
        }

        var doc = HtmlLoader.Load(html);
        return ToPlainText(doc.DocumentNode);
    }

    public static string ToPlainText(HtmlNode node)
    {
        var sb = new StringBuilder();
        Append(node, sb);
        return Normalise(sb.ToString());
    }

    private static void Append(HtmlNode node, StringBuilder sb)
    {
        switch (node.NodeType)
        {
            case HtmlNodeType.Text:
                sb.Append(WebUtility.HtmlDecode(((HtmlTextNode)node).Text));
                return;
            case HtmlNodeType.Comment:
                return;
        }

        if (Dropped.Contains(node.Name))
        {
            return;
        }

        var block = BlockElements.Contains(node.Name);
        if (block)
        {
            sb.Append('\n');
        }

        foreach (var child in node.ChildNodes)
        {
            Append(child, sb);
        }

        if (block)
        {
            sb.Append('\n');
        }
    }

    /// <summary>Collapses runs of spaces inside lines and blank lines between paragraphs.</summary>
    public static string Normalise(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\u00A0', ' ').Split('\n');
        var sb = new StringBuilder(text.Length);
        foreach (var raw in lines)
        {
            var line = string.Join(' ', raw.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries));
            if (line.Length == 0)
            {
                continue;
            }

            if (sb.Length > 0)
            {
                sb.Append('\n');
            }

            sb.Append(line);
        }

        return sb.ToString();
    }
}
