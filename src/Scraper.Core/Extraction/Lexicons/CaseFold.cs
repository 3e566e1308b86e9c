using System.Text.RegularExpressions;

namespace Scraper.Extraction.Lexicons;

/// <summary>
/// Maps every character that a case-insensitive phrase regex treats as equal to one of an alphabet's characters
/// (k, K and the Kelvin sign; the three apostrophes) to one representative, leaving all others as they are.
/// The classes come from the regex engine itself, so a folded literal is found in a folded text wherever the
/// regex could match it: the fold never hides a match, it only lets <see cref="PhraseMatcher"/> skip text.
/// </summary>
internal sealed class CaseFold
{
    private const RegexOptions PhraseOptions = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    private static readonly Lazy<string> EveryChar = new(() => string.Create(char.MaxValue + 1, 0, (span, _) =>
    {
        for (var i = 0; i < span.Length; i++)
        {
            span[i] = (char)i;
        }
    }));

    [ThreadStatic]
    private static (CaseFold? Fold, string? Text, char[]? Folded, int[]? Starts, int StartCount, ulong StartBits) last;

    private readonly Dictionary<char, char> representative = [];
    private readonly char[] table = new char[char.MaxValue + 1];
    private readonly ulong[] literalChars = new ulong[(char.MaxValue + 1) / 64];

    public CaseFold(IEnumerable<char> alphabet)
    {
        // PhrasePattern writes ' and ’ as the class ['’ʼ]: one class here too.
        Merge(['\'', '’', 'ʼ']);
        var letters = alphabet.Distinct().ToList();
        foreach (var c in letters)
        {
            var equal = new List<char> { c };
            foreach (var m in new Regex(Regex.Escape(c.ToString()), PhraseOptions).EnumerateMatches(EveryChar.Value))
            {
                equal.Add((char)m.Index);
            }

            Merge(equal);
        }

        for (var i = 0; i < table.Length; i++)
        {
            table[i] = Map((char)i);
        }

        foreach (var c in letters.Append('\''))
        {
            literalChars[table[c] >> 6] |= 1UL << (table[c] & 63);
        }
    }

    public string Apply(string text) => string.Create(text.Length, table, (span, map) =>
    {
        for (var i = 0; i < span.Length; i++)
        {
            span[i] = map[text[i]];
        }
    });

    /// <summary>
    /// The folded text and the positions where a phrase can start (a character of some phrase literal, not inside a
    /// word: a leading \b cannot hold between two letters or digits), cached for the last text on this thread: phrase
    /// lists run one after another on one sentence. Valid until the next call on this thread.
    /// </summary>
    /// <param name="startCharBits">The folded characters at those positions, as bits c % 64 (a quick "none of these" test).</param>
    public ReadOnlySpan<char> Folded(string text, out ReadOnlySpan<int> phraseStarts, out ulong startCharBits)
    {
        var (fold, cachedText, folded, starts, count, bits) = last;
        if (!ReferenceEquals(fold, this) || !ReferenceEquals(cachedText, text) || folded is null || starts is null)
        {
            if (folded is null || starts is null || folded.Length < text.Length)
            {
                (folded, starts) = (new char[Math.Max(text.Length, 256)], new int[Math.Max(text.Length, 256)]);
            }

            (count, bits) = (0, 0UL);
            for (var i = 0; i < text.Length; i++)
            {
                var c = folded[i] = table[text[i]];
                if ((literalChars[c >> 6] & (1UL << (c & 63))) != 0 && (i == 0 || !char.IsLetterOrDigit(text[i - 1]) || !char.IsLetterOrDigit(text[i])))
                {
                    starts[count++] = i;
                    bits |= 1UL << (c & 63);
                }
            }

            last = (this, text, folded, starts, count, bits);
        }

        phraseStarts = starts.AsSpan(0, count);
        startCharBits = bits;
        return folded.AsSpan(0, text.Length);
    }

    private char Map(char c) => representative.TryGetValue(c, out var r) ? r : c;

    private void Merge(IReadOnlyList<char> chars)
    {
        // Union of classes: a char already in a class pulls that whole class along.
        var rep = chars.Select(Map).Min();
        var members = chars.SelectMany(c => representative.Where(kv => kv.Value == Map(c)).Select(kv => kv.Key).Append(c)).ToList();
        foreach (var m in members)
        {
            representative[m] = rep;
        }
    }
}
