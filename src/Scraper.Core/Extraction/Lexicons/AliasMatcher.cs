namespace Scraper.Extraction.Lexicons;

/// <summary>
/// Finds every alias of a set of entries in a text (leftmost-longest) and says which entry it names.
/// Word-based rather than one huge regex: aliases are folded word sequences in a trie walked from each text
/// word, which is fast to build at start-up and to run per sentence. A <c>*</c> after a word matches any ending
/// of that word (last or inner: "беспилотн* летательн* аппарат*"); for one length an exact alias wins over a wildcard one.
/// </summary>
public sealed class AliasMatcher<T>
    where T : class
{
    private readonly AliasTrieNode<T> root = new();

    public AliasMatcher(IEnumerable<(string Alias, T Value)> aliases)
    {
        foreach (var (alias, value) in aliases)
        {
            var text = new TextWords(alias);
            if (text.Count == 0)
            {
                continue;
            }

            var node = root;
            for (var w = 0; w < text.Count - 1; w++)
            {
                var wildcardWord = text.End(w) < alias.Length && alias[text.End(w)] == '*';
                node = wildcardWord ? node.GetOrAddPrefix(text.Key(w).ToString()) : node.GetOrAdd(text.Key(w).ToString());
            }

            var last = text.Key(text.Count - 1).ToString();
            if (alias.TrimEnd().EndsWith('*'))
            {
                node.AddWildcard(last, value);
                continue;
            }

            var caseSensitive = alias.Length <= 4 && alias.Where(char.IsLetter).All(char.IsUpper);
            node.GetOrAdd(last).SetValueOnce(value, caseSensitive);
        }
    }

    public IReadOnlyList<AliasMatch<T>> Matches(string text)
    {
        var words = TextWords.Of(text);
        var result = new List<AliasMatch<T>>();
        for (var i = 0; i < words.Count;)
        {
            var (length, value) = LongestAt(words, i, text, int.MaxValue);
            while (value is not null && length > 1 && StartsCompound(text, words.End(i + length - 1)))
            {
                // "Ukraine's military-industrial complex" is no "Ukraine's military": a phrase whose last word opens
                // a hyphenated compound names something else, so a shorter alias is tried.
                (length, value) = LongestAt(words, i, text, length - 1);
            }

            if (value is not null)
            {
                var (start, end) = (words.Start(i), words.End(i + length - 1));
                result.Add(new AliasMatch<T>(value, start, end - start, text[start..end]));
            }

            i += Math.Max(1, length);
        }

        return result;
    }

    /// <summary>The longest alias (in words) starting at word <paramref name="first"/>.</summary>
    private (int Length, T? Value) LongestAt(TextWords words, int first, string text, int maxLength)
    {
        var best = (Length: 0, Value: (T?)null);
        Walk(root, first, first, (int)Math.Min(words.Count, (long)first + maxLength), words, text, ref best);
        return best;
    }

    private static bool StartsCompound(string text, int end) =>
        end + 1 < text.Length && text[end] == '-' && char.IsLower(text[end + 1]);

    private static void Walk(AliasTrieNode<T> node, int w, int first, int limit, TextWords words, string text, ref (int Length, T? Value) best)
    {
        if (w >= limit)
        {
            return;
        }

        var key = words.Key(w);
        var next = node.Next(key);
        var exact = next?.Value is { } v && (!next.CaseSensitive || AllLettersUpper(text.AsSpan(words.Start(first), words.End(w) - words.Start(first)))) ? v : null;
        if ((exact ?? node.Wildcard(key)) is { } hit && w - first + 1 > best.Length)
        {
            best = (w - first + 1, hit);
        }

        if (next is not null)
        {
            Walk(next, w + 1, first, limit, words, text, ref best);
        }

        // Inner wildcard words branch the walk; such aliases are few, so this stays cheap.
        for (var k = 0; k < node.PrefixCount; k++)
        {
            var (prefix, wild) = node.PrefixAt(k);
            if (key.StartsWith(prefix, StringComparison.Ordinal))
            {
                Walk(wild, w + 1, first, limit, words, text, ref best);
            }
        }
    }

    private static bool AllLettersUpper(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (char.IsLetter(c) && !char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }
}
