using System.Text.RegularExpressions;
using Scraper.Geo;

namespace Scraper.Extraction.Lexicons;

/// <summary>Finds every alias of a set of entries in a text (leftmost-longest) and says which entry it names.</summary>
public sealed class AliasMatcher<T>
    where T : class
{
    private readonly Regex pattern;
    private readonly Dictionary<string, T> exact = new(StringComparer.Ordinal);
    private readonly List<(string Prefix, T Value)> prefixes = [];

    public AliasMatcher(IEnumerable<(string Alias, T Value)> aliases)
    {
        var list = aliases.ToList();
        foreach (var (alias, value) in list)
        {
            if (alias.Contains('*', StringComparison.Ordinal))
            {
                prefixes.Add((Key(alias.Replace("*", "", StringComparison.Ordinal)), value));
            }
            else
            {
                exact.TryAdd(Key(alias), value);
            }
        }

        pattern = PhrasePattern.Compile(list.Select(a => a.Alias));
    }

    public IReadOnlyList<AliasMatch<T>> Matches(string text)
    {
        var result = new List<AliasMatch<T>>();
        foreach (Match m in pattern.Matches(text))
        {
            var key = Key(m.Value);
            var value = exact.GetValueOrDefault(key) ?? prefixes.Where(p => key.StartsWith(p.Prefix, StringComparison.Ordinal)).OrderByDescending(p => p.Prefix.Length).Select(p => p.Value).FirstOrDefault();
            if (value is not null)
            {
                result.Add(new AliasMatch<T>(value, m.Index, m.Length, m.Value));
            }
        }

        return result;
    }

    private static string Key(string s) => NameFolding.Fold(s);
}
