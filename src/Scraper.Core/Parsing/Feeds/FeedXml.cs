
namespace Scraper.Parsing;

/// <summary>
/// A forgiving, allocation-light XML scanner for feeds. It builds only elements (names resolved to
/// namespaces, attributes, content ranges) and never reads a DTD: entities are the five XML ones,
/// character references and HTML named entities; anything else stays literal text, so billion-laughs
/// and external entities cannot expand. Malformed markup (bare '&amp;', duplicate attributes, unclosed
/// or stray tags) is tolerated, so one broken item does not lose the rest of the feed.
/// </summary>
internal static partial class FeedXml
{
    public const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";
    private const int MaxDepth = 256;
    private static readonly Dictionary<string, string> EmptyScope = new(StringComparer.Ordinal);

    /// <summary>The document element, or null when there is none.</summary>
    public static FeedElement? Parse(string source)
    {
        var stack = new List<FeedElement>();
        FeedElement? root = null;
        var pos = 0;
        while (true)
        {
            var lt = source.IndexOf('<', pos);
            if (lt < 0 || lt + 1 >= source.Length)
            {
                break;
            }

            var next = source[lt + 1];
            if (next == '!')
            {
                pos = SkipDeclaration(source, lt);
            }
            else if (next == '?')
            {
                pos = End(source.IndexOf("?>", lt + 2, StringComparison.Ordinal), 2, source.Length);
            }
            else if (next == '/')
            {
                var gt = source.IndexOf('>', lt);
                var name = source.AsSpan(lt + 2, (gt < 0 ? source.Length : gt) - lt - 2).Trim();
                Close(stack, name, lt);
                pos = gt < 0 ? source.Length : gt + 1;
            }
            else if (IsNameStart(next))
            {
                pos = Open(source, lt, stack, ref root);
            }
            else
            {
                pos = lt + 1;
            }
        }

        foreach (var open in stack)
        {
            open.InnerEnd = source.Length;
        }

        return root;
    }

    private static int Open(string source, int lt, List<FeedElement> stack, ref FeedElement? root)
    {
        var i = lt + 1;
        while (i < source.Length && IsNameChar(source[i]))
        {
            i++;
        }

        var qname = source[(lt + 1)..i];
        List<KeyValuePair<string, string>>? attributes = null;
        var selfClosing = false;
        while (i < source.Length)
        {
            var c = source[i];
            if (c == '>')
            {
                i++;
                break;
            }

            if (c == '/' && i + 1 < source.Length && source[i + 1] == '>')
            {
                selfClosing = true;
                i += 2;
                break;
            }

            if (!IsNameStart(c))
            {
                i++;
                continue;
            }

            var nameStart = i;
            while (i < source.Length && IsNameChar(source[i]))
            {
                i++;
            }

            var attrName = source[nameStart..i];
            var value = "";
            while (i < source.Length && char.IsWhiteSpace(source[i]))
            {
                i++;
            }

            if (i < source.Length && source[i] == '=')
            {
                i++;
                while (i < source.Length && char.IsWhiteSpace(source[i]))
                {
                    i++;
                }

                if (i < source.Length && source[i] is '"' or '\'')
                {
                    var quote = source[i];
                    var close = source.IndexOf(quote, i + 1);
                    close = close < 0 ? source.Length : close;
                    value = Decode(source.AsSpan(i + 1, close - i - 1));
                    i = Math.Min(close + 1, source.Length);
                }
                else
                {
                    var vs = i;
                    while (i < source.Length && !char.IsWhiteSpace(source[i]) && source[i] != '>')
                    {
                        i++;
                    }

                    value = Decode(source.AsSpan(vs, i - vs));
                }
            }

            (attributes ??= []).Add(new(attrName, value));
        }

        var parent = stack.Count > 0 ? stack[^1] : null;
        var scope = WithDeclarations(parent?.Scope ?? EmptyScope, attributes);
        var colon = qname.IndexOf(':', StringComparison.Ordinal);
        var prefix = colon < 0 ? "" : qname[..colon];
        var element = new FeedElement
        {
            Source = source,
            QualifiedName = qname,
            LocalName = colon < 0 ? qname : qname[(colon + 1)..],
            Namespace = scope.TryGetValue(prefix, out var ns) ? ns : prefix,
            Scope = scope,
            Attributes = attributes,
            InnerStart = i,
            InnerEnd = i,
        };

        if (parent is null)
        {
            if (root is not null)
            {
                return i;
            }

            root = element;
        }
        else
        {
            (parent.ChildList ??= []).Add(element);
        }

        if (!selfClosing && stack.Count < MaxDepth)
        {
            stack.Add(element);
        }

        return i;
    }

    private static void Close(List<FeedElement> stack, ReadOnlySpan<char> name, int at)
    {
        for (var k = stack.Count - 1; k >= 0; k--)
        {
            if (name.SequenceEqual(stack[k].QualifiedName))
            {
                for (var j = stack.Count - 1; j >= k; j--)
                {
                    stack[j].InnerEnd = at;
                }

                stack.RemoveRange(k, stack.Count - k);
                return;
            }
        }
    }

    private static IReadOnlyDictionary<string, string> WithDeclarations(IReadOnlyDictionary<string, string> scope, List<KeyValuePair<string, string>>? attributes)
    {
        if (attributes is null || !attributes.Exists(a => a.Key.StartsWith("xmlns", StringComparison.Ordinal)))
        {
            return scope;
        }

        var copy = new Dictionary<string, string>((IDictionary<string, string>)(scope as Dictionary<string, string> ?? new Dictionary<string, string>(scope)), StringComparer.Ordinal);
        foreach (var (name, value) in attributes)
        {
            if (name == "xmlns")
            {
                copy[""] = value.Trim();
            }
            else if (name.StartsWith("xmlns:", StringComparison.Ordinal))
            {
                copy[name[6..]] = value.Trim();
            }
        }

        return copy;
    }

    /// <summary>Skips comments, CDATA (outside text extraction) and DOCTYPE with its internal subset, unread.</summary>
    private static int SkipDeclaration(string source, int lt)
    {
        if (string.CompareOrdinal(source, lt, "<!--", 0, 4) == 0)
        {
            return End(source.IndexOf("-->", lt + 4, StringComparison.Ordinal), 3, source.Length);
        }

        if (string.CompareOrdinal(source, lt, "<![CDATA[", 0, 9) == 0)
        {
            return End(source.IndexOf("]]>", lt + 9, StringComparison.Ordinal), 3, source.Length);
        }

        var bracket = 0;
        for (var i = lt + 2; i < source.Length; i++)
        {
            switch (source[i])
            {
                case '[': bracket++; break;
                case ']': bracket--; break;
                case '>' when bracket <= 0: return i + 1;
            }
        }

        return source.Length;
    }

    private static int End(int found, int length, int fallback) => found < 0 ? fallback : found + length;

    private static bool IsNameStart(char c) => char.IsLetter(c) || c is '_' or ':';

    private static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c is '_' or ':' or '-' or '.';
}
