using System.Text.RegularExpressions;
using HtmlAgilityPack;

namespace Scraper.Parsing;

/// <summary>What looks like page furniture rather than article text (the well-known Readability heuristics, condensed).</summary>
internal static partial class BoilerplateRules
{
    /// <summary>Elements never part of an article body.</summary>
    public static readonly HashSet<string> SkippedTags = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "svg", "nav", "aside", "form", "button", "iframe", "select", "input",
        "textarea", "object", "embed", "canvas", "video", "audio", "map", "dialog", "menu", "head", "title", "meta", "link",
    };

    /// <summary>Elements whose text counts as a paragraph for scoring.</summary>
    public static readonly HashSet<string> ParagraphTags = new(StringComparer.Ordinal) { "p", "pre", "td", "blockquote" };

    public static readonly HashSet<string> BlockTags = new(StringComparer.Ordinal)
    {
        "p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "blockquote", "section",
        "article", "header", "footer", "main", "pre", "figure", "figcaption", "hr", "address", "center", "tbody", "thead",
    };

    public static bool IsHidden(HtmlNode node)
    {
        if (node.Attributes.Count == 0)
        {
            return false;
        }

        if (node.Attributes["hidden"] is not null || node.GetAttributeValue("aria-hidden", "") == "true")
        {
            return true;
        }

        var style = node.GetAttributeValue("style", "");
        return style.Length > 0 && HiddenStyle().IsMatch(style);
    }

    /// <summary>Class and id of a node, lower-cased, for the patterns below.</summary>
    public static string ClassAndId(HtmlNode node) =>
        node.Attributes.Count == 0 ? "" : (node.GetAttributeValue("class", "") + " " + node.GetAttributeValue("id", "")).ToLowerInvariant();

    public static bool IsUnlikely(string classAndId, string tag) =>
        classAndId.Length > 1 && tag is not ("body" or "article" or "main" or "html" or "a" or "p" or "table" or "td" or "tr")
        && Unlikely().IsMatch(classAndId) && !MaybeCandidate().IsMatch(classAndId);

    public static int ClassWeight(string classAndId)
    {
        if (classAndId.Length <= 1)
        {
            return 0;
        }

        var weight = 0;
        if (Negative().IsMatch(classAndId))
        {
            weight -= 25;
        }

        if (Positive().IsMatch(classAndId))
        {
            weight += 25;
        }

        return weight;
    }

    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden")]
    private static partial Regex HiddenStyle();

    [GeneratedRegex(@"-ad-|\bads?\b|ai2html|banner|breadcrumb|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|share|sharing|newsletter|subscribe|promo|cookie|outbrain|taboola|recirc|read-more|readmore|signup|sign-up|paywall|byline|dateline|author-bio|most-popular|trending|navbar|toolbar|tooltip|modal|masthead|print-only")]
    private static partial Regex Unlikely();

    [GeneratedRegex(@"and|article|body|column|content|main|shadow|story|post-text|entry")]
    private static partial Regex MaybeCandidate();

    [GeneratedRegex(@"article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|paragraph|prose")]
    private static partial Regex Positive();

    [GeneratedRegex(@"-ad-|hidden|\bhid\b|banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|caption|credit|byline|newsletter|subscribe")]
    private static partial Regex Negative();
}
