using System.Net;
using System.Text;
using HtmlAgilityPack;

namespace Scraper.Parsing;

/// <summary>Chosen body nodes → plain text with one paragraph per line, leaving out link lists, captions and bylines inside the body.</summary>
internal static class ArticleTextWriter
{
    public static string Write(IReadOnlyList<HtmlNode> nodes, ArticleScorer scorer)
    {
        var sb = new StringBuilder();
        foreach (var node in nodes)
        {
            Append(node, sb, scorer, isRoot: true);
            sb.Append('\n');
        }

        return HtmlText.Normalise(sb.ToString());
    }

    private static void Append(HtmlNode node, StringBuilder sb, ArticleScorer scorer, bool isRoot)
    {
        if (node.NodeType == HtmlNodeType.Text)
        {
            sb.Append(WebUtility.HtmlDecode(((HtmlTextNode)node).Text));
            return;
        }

        if (node.NodeType != HtmlNodeType.Element && node.NodeType != HtmlNodeType.Document)
        {
            return;
        }

        var block = BoilerplateRules.BlockTags.Contains(node.Name);
        if (!isRoot && block && IsFurniture(node, scorer))
        {
            return;
        }

        if (block)
        {
            sb.Append('\n');
        }

        foreach (var child in node.ChildNodes)
        {
            Append(child, sb, scorer, isRoot: false);
        }

        if (block)
        {
            sb.Append('\n');
        }
    }

    private static bool IsFurniture(HtmlNode node, ArticleScorer scorer)
    {
        if (node.Name is "figure" or "figcaption" or "h1" or "header" or "footer")
        {
            return true;
        }

        var stats = scorer.Stats(node);
        if (stats is null)
        {
            return false;
        }

        if (stats.Text == 0)
        {
            return node.Name != "br";
        }

        if (stats.LinkDensity > 0.5 && stats.Text < 400)
        {
            return true;
        }

        return stats.Text < 200 && node.Name is not ("p" or "li" or "blockquote" or "pre")
            && BoilerplateRules.ClassWeight(BoilerplateRules.ClassAndId(node)) < 0;
    }
}
