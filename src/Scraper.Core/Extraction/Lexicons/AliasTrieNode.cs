namespace Scraper.Extraction.Lexicons;

/// <summary>
/// One step of an alias word trie: the aliases that end here, the next words, and the wildcard aliases
/// ("российск*") whose last word starts here, bucketed by first letter so a text word meets only a few.
/// </summary>
internal sealed class AliasTrieNode<T>
    where T : class
{
    private readonly Dictionary<string, AliasTrieNode<T>> next = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AliasTrieNode<T>>.AlternateLookup<ReadOnlySpan<char>> nextBySpan;
    private readonly Dictionary<char, List<(string Prefix, T Value)>> wildcardsByFirstChar = [];
    private readonly List<(string Prefix, AliasTrieNode<T> Node)> prefixNext = [];

    public AliasTrieNode()
    {
        nextBySpan = next.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public T? Value { get; private set; }

    /// <summary>Short all-caps aliases (IS, US) match only text written in capitals.</summary>
    public bool CaseSensitive { get; private set; }

    public AliasTrieNode<T>? Next(ReadOnlySpan<char> key) =>
        next.Count > 0 && nextBySpan.TryGetValue(key, out var node) ? node : null;

    public AliasTrieNode<T> GetOrAdd(string key)
    {
        if (!next.TryGetValue(key, out var node))
        {
            next[key] = node = new AliasTrieNode<T>();
        }

        return node;
    }

    /// <summary>The step for an inner alias word with a wildcard ("беспилотн* летательн* аппарат*").</summary>
    public AliasTrieNode<T> GetOrAddPrefix(string prefix)
    {
        foreach (var (p, node) in prefixNext)
        {
            if (p == prefix)
            {
                return node;
            }
        }

        var added = new AliasTrieNode<T>();
        prefixNext.Add((prefix, added));
        return added;
    }

    /// <summary>How many inner-wildcard steps leave this node (usually none).</summary>
    public int PrefixCount => prefixNext.Count;

    /// <summary>The <paramref name="index"/>-th inner-wildcard step: the word prefix it needs and where it leads.</summary>
    public (string Prefix, AliasTrieNode<T> Node) PrefixAt(int index) => prefixNext[index];

    /// <summary>Keeps the first alias given for a word sequence, as a dictionary's TryAdd would.</summary>
    public void SetValueOnce(T value, bool caseSensitive)
    {
        if (Value is null)
        {
            (Value, CaseSensitive) = (value, caseSensitive);
        }
    }

    public void AddWildcard(string prefix, T value)
    {
        // Alias words are never empty (they come from TextWords), so the first letter always exists.
        if (!wildcardsByFirstChar.TryGetValue(prefix[0], out var list))
        {
            wildcardsByFirstChar[prefix[0]] = list = [];
        }

        list.Add((prefix, value));
    }

    /// <summary>The first-added wildcard whose prefix starts <paramref name="key"/>, or null.</summary>
    public T? Wildcard(ReadOnlySpan<char> key)
    {
        if (wildcardsByFirstChar.Count == 0 || key.Length == 0 || !wildcardsByFirstChar.TryGetValue(key[0], out var list))
        {
            return null;
        }

        foreach (var (prefix, value) in list)
        {
            if (key.StartsWith(prefix, StringComparison.Ordinal))
            {
                return value;
            }
        }

        return null;
    }
}
