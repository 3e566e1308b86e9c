namespace Scraper.Fetching;

/// <summary>
/// The rules of one robots.txt for one product token (RFC 9309): the most specific matching group,
/// else '*'; the longest matching Allow/Disallow pattern wins, Allow on a tie; '*' and '$' supported.
/// </summary>
public sealed class RobotsRules
{
    public static readonly RobotsRules AllowAll = new([]);
    public static readonly RobotsRules DisallowAll = new([new Rule("/", Allow: false)]);

    private readonly IReadOnlyList<Rule> _rules;

    private RobotsRules(IReadOnlyList<Rule> rules) => _rules = rules;

    public static RobotsRules Parse(string text, string productToken)
    {
        var groups = new List<(List<string> Agents, List<Rule> Rules)>();
        (List<string> Agents, List<Rule> Rules)? current = null;
        var lastWasAgent = false;
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.Split('#')[0].Trim();
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            if (key == "user-agent")
            {
                if (current is null || !lastWasAgent)
                {
                    current = ([], []);
                    groups.Add(current.Value);
                }

                current.Value.Agents.Add(value.ToLowerInvariant());
                lastWasAgent = true;
                continue;
            }

            lastWasAgent = false;
            if (current is not null && key is "allow" or "disallow" && value.Length > 0)
            {
                current.Value.Rules.Add(new Rule(value, key == "allow"));
            }
        }

        var token = productToken.ToLowerInvariant();
        var mine = groups.Where(g => g.Agents.Contains(token)).SelectMany(g => g.Rules).ToList();
        if (mine.Count == 0 && !groups.Any(g => g.Agents.Contains(token)))
        {
            mine = groups.Where(g => g.Agents.Contains("*")).SelectMany(g => g.Rules).ToList();
        }

        return new RobotsRules(mine);
    }

    /// <summary>Whether <paramref name="url"/>'s path and query may be fetched.</summary>
    public bool IsAllowed(Uri url)
    {
        var path = url.PathAndQuery;
        Rule? best = null;
        foreach (var rule in _rules)
        {
            if (Matches(rule.Pattern, path)
                && (best is null || rule.Pattern.Length > best.Pattern.Length || (rule.Pattern.Length == best.Pattern.Length && rule.Allow)))
            {
                best = rule;
            }
        }

        return best?.Allow ?? true;
    }

    private static bool Matches(string pattern, string path)
    {
        var anchored = pattern.EndsWith('$');
        var p = anchored ? pattern[..^1] : pattern;
        return Match(p, 0, path, 0, anchored);
    }

    private static bool Match(string p, int pi, string s, int si, bool anchored)
    {
        while (pi < p.Length)
        {
            if (p[pi] == '*')
            {
                for (var k = si; k <= s.Length; k++)
                {
                    if (Match(p, pi + 1, s, k, anchored))
                    {
                        return true;
                    }
                }

                return false;
            }

            if (si >= s.Length || p[pi] != s[si])
            {
                return false;
            }

            pi++;
            si++;
        }

        return !anchored || si == s.Length;
    }

    private sealed record Rule(string Pattern, bool Allow);
}
