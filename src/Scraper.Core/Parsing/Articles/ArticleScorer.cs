using HtmlAgilityPack;

namespace Scraper.Parsing;

/// <summary>
/// Finds the article body: drops furniture, scores paragraphs into their ancestors (Readability's idea,
/// done in one measuring pass), then takes the best container plus the siblings that carry article text.
/// </summary>
internal sealed class ArticleScorer
{
    private readonly Dictionary<HtmlNode, NodeStats> _stats = new();
    private readonly List<HtmlNode> _paragraphs = [];
    private readonly Dictionary<HtmlNode, double> _scores = new();
    private readonly bool _stripUnlikely;
    private const double AlternativeRatio = 0.6;
    private const int MinimumAlternatives = 1;
    private const int MaxAncestorLevels = 3;

    /// <param name="stripUnlikely">Remove nodes whose class/id look like furniture; off for the retry when that removed the article.</param>
    public ArticleScorer(bool stripUnlikely = true) => _stripUnlikely = stripUnlikely;

    internal sealed class NodeStats
    {
        public int Text;
        public int Link;
        public int Commas;

        public double LinkDensity => Text == 0 ? 0 : (double)Link / Text;
    }

    public NodeStats? Stats(HtmlNode node) => _stats.GetValueOrDefault(node);

    public IReadOnlyList<HtmlNode> SelectBody(HtmlNode root)
    {
        Measure(root);
        foreach (var p in _paragraphs)
        {
            var s = _stats[p];
            if (s.Text < 25)
            {
                continue;
            }

            var score = 1.0 + s.Commas + Math.Min(s.Text / 100, 3);
            var ancestor = p.ParentNode;
            for (var level = 0; ancestor is not null && _stats.ContainsKey(ancestor) && ancestor.NodeType == HtmlNodeType.Element && level < 5; level++, ancestor = ancestor.ParentNode)
            {
                if (!_scores.ContainsKey(ancestor))
                {
                    _scores[ancestor] = InitialScore(ancestor);
                }

                _scores[ancestor] += level switch { 0 => score, 1 => score / 2, _ => score / (level * 3) };
            }
        }

        HtmlNode? top = null;
        var best = double.MinValue;
        foreach (var (node, raw) in _scores)
        {
            var final = raw * (1 - (_stats.GetValueOrDefault(node)?.LinkDensity ?? 0));
            _scores[node] = final;
            if (final > best)
            {
                best = final;
                top = node;
            }
        }

        if (top is null)
        {
            return [root];
        }

        top = CommonAncestorOfAlternatives(top, best);
        return WithSiblings(top, _scores.GetValueOrDefault(top, best));
    }

    /// <summary>
    /// An article split into several sections scores as several near-equal candidates: when enough of them
    /// sit under one ancestor of the best, that ancestor is the body.
    /// </summary>
    private HtmlNode CommonAncestorOfAlternatives(HtmlNode top, double best)
    {
        var alternatives = _scores.Where(kv => kv.Key != top && kv.Value >= best * AlternativeRatio && !IsAncestor(kv.Key, top) && !IsAncestor(top, kv.Key))
            .OrderByDescending(kv => kv.Value).Take(4).Select(kv => kv.Key).ToList();
        if (alternatives.Count < MinimumAlternatives)
        {
            return top;
        }

        var parent = top.ParentNode;
        for (var level = 1; parent is not null && level <= MaxAncestorLevels && parent.Name is not ("body" or "html" or "#document"); level++, parent = parent.ParentNode)
        {
            if (alternatives.Count(a => IsAncestor(parent, a)) >= MinimumAlternatives)
            {
                _scores[parent] = Math.Max(_scores.GetValueOrDefault(parent), best);
                return parent;
            }
        }

        return top;
    }

    private static bool IsAncestor(HtmlNode ancestor, HtmlNode node)
    {
        for (var n = node.ParentNode; n is not null; n = n.ParentNode)
        {
            if (n == ancestor)
            {
                return true;
            }
        }

        return false;
    }

    private List<HtmlNode> WithSiblings(HtmlNode top, double topScore)
    {
        var parent = top.ParentNode;
        if (parent is null)
        {
            return [top];
        }

        var threshold = Math.Max(10, topScore * 0.2);
        var topClass = top.GetAttributeValue("class", "");
        var chosen = new List<HtmlNode>();
        foreach (var sibling in parent.ChildNodes)
        {
            if (sibling == top)
            {
                chosen.Add(sibling);
                continue;
            }

            if (sibling.NodeType != HtmlNodeType.Element || !_stats.TryGetValue(sibling, out var s) || s.Text == 0)
            {
                continue;
            }

            var bonus = topClass.Length > 0 && sibling.GetAttributeValue("class", "") == topClass ? topScore * 0.2 : 0;
            var include = _scores.TryGetValue(sibling, out var score) && score + bonus >= threshold;
            if (!include && sibling.Name == "p")
            {
                var text = HtmlEntity.DeEntitize(sibling.InnerText).Trim();
                include = (s.Text > 80 && s.LinkDensity < 0.25) || (s.Text > 0 && s.LinkDensity == 0 && text.EndsWith('.'));
            }

            if (include)
            {
                chosen.Add(sibling);
            }
        }

        return chosen;
    }

    private static double InitialScore(HtmlNode node)
    {
        var score = node.Name switch
        {
            "div" or "article" or "main" or "section" => 5,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        if (node.Name == "article")
        {
            score += 10;
        }

        return score + BoilerplateRules.ClassWeight(BoilerplateRules.ClassAndId(node));
    }

    /// <summary>Removes furniture and records text, link-text and comma counts for every element left.</summary>
    private NodeStats Measure(HtmlNode node)
    {
        var stats = new NodeStats();
        var directText = 0;
        for (var i = node.ChildNodes.Count - 1; i >= 0; i--)
        {
            var child = node.ChildNodes[i];
            switch (child.NodeType)
            {
                case HtmlNodeType.Text:
                    var (len, commas) = CountText(((HtmlTextNode)child).Text);
                    stats.Text += len;
                    stats.Commas += commas;
                    directText += len;
                    break;
                case HtmlNodeType.Element:
                    if (BoilerplateRules.SkippedTags.Contains(child.Name) || BoilerplateRules.IsHidden(child)
                        || (_stripUnlikely && BoilerplateRules.IsUnlikely(BoilerplateRules.ClassAndId(child), child.Name)))
                    {
                        child.Remove();
                        break;
                    }

                    var c = Measure(child);
                    stats.Text += c.Text;
                    stats.Link += child.Name == "a" ? c.Text : c.Link;
                    stats.Commas += c.Commas;
                    break;
                default:
                    child.Remove();
                    break;
            }
        }

        _stats[node] = stats;
        if (BoilerplateRules.ParagraphTags.Contains(node.Name) || (directText > 100 && node.Name is "div" or "section" or "span" or "font"))
        {
            _paragraphs.Add(node);
        }

        return stats;
    }

    /// <summary>Non-space characters (whitespace runs count as one) and commas, without decoding entities.</summary>
    private static (int Length, int Commas) CountText(string text)
    {
        int len = 0, commas = 0;
        var space = true;
        foreach (var ch in text)
        {
            if (char.IsWhiteSpace(ch))
            {
                if (!space)
                {
                    len++;
                    space = true;
                }

                continue;
            }

            space = false;
            len++;
            if (ch is ',' or '،' or '，')
            {
                commas++;
            }
        }

        return (len, commas);
    }
}
