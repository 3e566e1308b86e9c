using HtmlAgilityPack;

namespace Scraper.Parsing;

/// <summary>
/// The one way pages are parsed: nesting is capped so hostile or broken pages cannot drive the
/// (recursive) text walkers into a stack overflow; such a page loads as an empty document instead.
/// </summary>
public static class HtmlLoader
{
    private const int MaxNesting = 1000;

    public static HtmlDocument Load(string html)
    {
        var doc = new HtmlDocument { OptionMaxNestedChildNodes = MaxNesting };
        try
        {
            doc.LoadHtml(html);
        }
        catch (Exception ex) when (ex.Message.Contains("nested tags", StringComparison.Ordinal))
        {
            // HtmlAgilityPack signals the cap with a plain Exception; a page this broken has no readable text.
            doc = new HtmlDocument();
            doc.LoadHtml("");
        }

        return doc;
    }
}
