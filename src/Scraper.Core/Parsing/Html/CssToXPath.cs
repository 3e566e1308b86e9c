using System.Text;
using System.Text.RegularExpressions;

namespace Scraper.Parsing;

/// <summary>
/// Translates the CSS selector subset source authors need into XPath 1.0 (no maintained CSS-selector
/// package for HtmlAgilityPack is available to the project): type and universal selectors, #id, .class,
/// [attr], [attr=v], [attr~=v], [attr^=v], [attr$=v], [attr*=v], descendant and child combinators, and
/// comma-separated groups. Anything else is reported as an error, never guessed.
/// </summary>
public static partial class CssToXPath
{
    public static bool TryTranslate(string css, bool relative, out string xpath, out string? error)
    {
        var groups = new List<string>();
        foreach (var group in css.Split(',', StringSplitOptions.TrimEntries))
        {
            if (!TryGroup(group, relative, out var one, out error))
            {
                xpath = "";
                return false;
            }

            groups.Add(one);
        }

        xpath = string.Join(" | ", groups);
        error = groups.Count == 0 ? "empty selector" : null;
        return error is null;
    }

    private static bool TryGroup(string group, bool relative, out string xpath, out string? error)
    {
        var sb = new StringBuilder(relative ? "." : "");
        var axis = "//";
        var pos = 0;
        xpath = "";
        while (pos < group.Length)
        {
            var m = Compound().Match(group, pos);
            if (!m.Success || m.Index != pos || m.Length == 0)
            {
                error = $"unsupported CSS selector near '{group[pos..]}' (use XPath starting with / for complex cases)";
                return false;
            }

            sb.Append(axis).Append(m.Groups["tag"].Success && m.Groups["tag"].Value.Length > 0 ? m.Groups["tag"].Value.ToLowerInvariant() : "*");
            foreach (Capture c in m.Groups["part"].Captures)
            {
                sb.Append(Predicate(c.Value));
            }

            pos = m.Index + m.Length;
            var comb = Combinator().Match(group, pos);
            pos += comb.Length;
            axis = comb.Value.Contains('>', StringComparison.Ordinal) ? "/" : "//";
        }

        xpath = sb.ToString();
        error = null;
        return true;
    }

    private static string Predicate(string part)
    {
        if (part[0] == '#')
        {
            return $"[@id={Literal(part[1..])}]";
        }

        if (part[0] == '.')
        {
            return $"[contains(concat(' ', normalize-space(@class), ' '), {Literal(" " + part[1..] + " ")})]";
        }

        var a = Attribute().Match(part);
        var name = a.Groups["name"].Value.ToLowerInvariant();
        var value = a.Groups["value"].Success ? Literal(a.Groups["value"].Value.Trim('"', '\'')) : "";
        return a.Groups["op"].Value switch
        {
            "" => $"[@{name}]",
            "=" => $"[@{name}={value}]",
            "~=" => $"[contains(concat(' ', normalize-space(@{name}), ' '), concat(' ', {value}, ' '))]",
            "^=" => $"[starts-with(@{name}, {value})]",
            "$=" => $"[substring(@{name}, string-length(@{name}) - string-length({value}) + 1) = {value}]",
            _ => $"[contains(@{name}, {value})]",
        };
    }

    private static string Literal(string s) => s.Contains('\'', StringComparison.Ordinal) ? $"\"{s}\"" : $"'{s}'";

    [GeneratedRegex(@"(?<tag>[A-Za-z][A-Za-z0-9-]*|\*)?(?<part>#[\w-]+|\.[\w-]+|\[[\w-]+(?:[~^$*]?=(?:""[^""]*""|'[^']*'|[^\]]*))?\])*")]
    private static partial Regex Compound();

    [GeneratedRegex(@"\s*>\s*|\s+")]
    private static partial Regex Combinator();

    [GeneratedRegex(@"^\[(?<name>[\w-]+)(?:(?<op>[~^$*]?=)(?<value>.*))?\]$")]
    private static partial Regex Attribute();
}
