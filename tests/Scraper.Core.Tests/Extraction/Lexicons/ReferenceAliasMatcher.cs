using System.Text.RegularExpressions;

using Scraper.Extraction.Lexicons;

namespace Scraper.Core.Tests.Extraction.Lexicons;

/// <summary>The alias matcher as it was before the word trie (regex words, joined-key dictionary): the reference it must equal.</summary>
internal sealed partial class ReferenceAliasMatcher<T>
    where T : class
{
    private readonly Dictionary<string, (T Value, bool CaseSensitive, string Original)> exact = new(StringComparer.Ordinal);
    private readonly List<(string[] Words, T Value)> wildcards = [];
    private readonly Dictionary<string, int> longestFrom = new(StringComparer.Ordinal);

    public ReferenceAliasMatcher(IEnumerable<(string Alias, T Value)> aliases)
    {
        foreach (var (alias, value) in aliases)
        {
            var words = Words(alias).Select(m => Key(m.Value)).ToArray();
            if (words.Length == 0)
            {
                continue;
            }

            if (alias.TrimEnd().EndsWith('*'))
            {
                wildcards.Add((words, value));
                continue;
            }

            var caseSensitive = alias.Length <= 4 && alias.Where(char.IsLetter).All(char.IsUpper);
            exact.TryAdd(string.Join(' ', words), (value, caseSensitive, alias));
            longestFrom[words[0]] = Math.Max(longestFrom.GetValueOrDefault(words[0]), words.Length);
        }
    }

    public IReadOnlyList<AliasMatch<T>> Matches(string text)
    {
        var tokens = Words(text).ToList();
        var keys = tokens.Select(t => Key(t.Value)).ToArray();
        var result = new List<AliasMatch<T>>();
        for (var i = 0; i < tokens.Count;)
        {
            var matched = 0;
            var longest = Math.Min(longestFrom.GetValueOrDefault(keys[i]), tokens.Count - i);
            foreach (var (words, _) in wildcards)
            {
                if (words.Length <= tokens.Count - i && (words.Length == 1 ? keys[i].StartsWith(words[0], StringComparison.Ordinal) : keys[i] == words[0]))
                {
                    longest = Math.Max(longest, words.Length);
                }
            }

            for (var n = longest; n >= 1 && matched == 0; n--)
            {
                var start = tokens[i].Index;
                var end = tokens[i + n - 1].Index + tokens[i + n - 1].Length;
                if (n > 1 && end + 1 < text.Length && text[end] == '-' && char.IsLower(text[end + 1]))
                {
                    continue; // "Ukraine's military-industrial": a phrase ending inside a hyphenated compound is not the alias
                }

                if (longestFrom.ContainsKey(keys[i]) && exact.TryGetValue(n == 1 ? keys[i] : string.Join(' ', keys, i, n), out var hit)
                    && (!hit.CaseSensitive || text[start..end].Where(char.IsLetter).All(char.IsUpper)))
                {
                    result.Add(new AliasMatch<T>(hit.Value, start, end - start, text[start..end]));
                    matched = n;
                }
                else if (FindWildcard(n, keys, i) is { } wild)
                {
                    result.Add(new AliasMatch<T>(wild, start, end - start, text[start..end]));
                    matched = n;
                }
            }

            i += Math.Max(1, matched);
        }

        return result;
    }

    private T? FindWildcard(int n, string[] keys, int at)
    {
        foreach (var (words, value) in wildcards)
        {
            if (words.Length == n && Prefixes(words, keys, at))
            {
                return value;
            }
        }

        return null;
    }

    private static bool Prefixes(string[] words, string[] keys, int at)
    {
        for (var k = 0; k < words.Length; k++)
        {
            if (!(k == words.Length - 1 ? keys[at + k].StartsWith(words[k], StringComparison.Ordinal) : keys[at + k] == words[k]))
            {
                return false;
            }
        }

        return true;
    }

    // "Hamas's" names Hamas: a possessive ending is not part of the name.
    private static string Key(string word)
    {
        var key = word.ToLowerInvariant().Replace('ё', 'е').Replace('’', '\'').Replace('ʼ', '\'');
        return key.EndsWith("'s", StringComparison.Ordinal) ? key[..^2] : key;
    }

    private static MatchCollection Words(string text) => WordPattern().Matches(text);

    [GeneratedRegex(@"[\p{L}\p{M}\p{N}]+(?:['’ʼ][\p{L}\p{M}]+)?")]
    private static partial Regex WordPattern();
}
