using System.Xml.XPath;
using HtmlAgilityPack;

namespace Scraper.Parsing;

/// <summary>A source's selector: XPath when it starts with '/', './' or '(', otherwise CSS (see <see cref="CssToXPath"/>).</summary>
public static class HtmlSelector
{
    public static bool IsXPath(string selector) => selector.StartsWith('/') || selector.StartsWith("./", StringComparison.Ordinal) || selector.StartsWith('(');

    /// <summary>Nodes matching under <paramref name="context"/>, or an error for a selector that cannot be used.</summary>
    public static (IReadOnlyList<HtmlNode> Nodes, string? Error) Select(HtmlNode context, string selector, bool relative = false)
    {
        var xpath = selector.Trim();
        if (!IsXPath(xpath) && !CssToXPath.TryTranslate(xpath, relative, out xpath, out var cssError))
        {
            return ([], cssError);
        }

        try
        {
            return (context.SelectNodes(xpath)?.ToList() ?? [], null);
        }
        catch (XPathException ex)
        {
            return ([], $"invalid XPath '{selector}': {ex.Message}");
        }
    }

    /// <summary>Text of the first match: its datetime/content attribute when asked for dates, else its plain text.</summary>
    public static string? FirstText(HtmlNode context, string? selector, bool preferDateAttributes = false)
    {
        if (string.IsNullOrWhiteSpace(selector))
        {
            return null;
        }

        var (nodes, _) = Select(context, selector, relative: context.NodeType != HtmlNodeType.Document);
        if (nodes.Count == 0)
        {
            return null;
        }

        var node = nodes[0];
        if (preferDateAttributes && (node.GetAttributeValue("datetime", null!) ?? node.GetAttributeValue("content", null!)) is { } attr)
        {
            return attr;
        }

        var text = HtmlText.ToPlainText(node);
        return text.Length == 0 ? null : text;
    }
}
