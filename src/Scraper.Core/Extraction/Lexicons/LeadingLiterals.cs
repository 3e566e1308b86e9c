namespace Scraper.Extraction.Lexicons;

/// <summary>
/// Where in a case-folded text one of a phrase list's leading literals starts, among the positions where a phrase
/// can start at all (<see cref="CaseFold.Folded"/>). A bitmap of first characters rejects most with one lookup; the
/// few left are compared with the literals sharing that first character.
/// </summary>
internal sealed class LeadingLiterals
{
    private readonly ulong[] firstChars = new ulong[(char.MaxValue + 1) / 64];
    private readonly Dictionary<char, string[]> byFirstChar;

    // First characters folded to 64 bits (c % 64): a text whose start characters share no bit has no candidate.
    private readonly ulong firstCharBits;

    /// <param name="folded">Non-empty literals, already case-folded.</param>
    public LeadingLiterals(IEnumerable<string> folded)
    {
        byFirstChar = folded.Distinct().GroupBy(l => l[0]).ToDictionary(g => g.Key, g => g.ToArray());
        foreach (var c in byFirstChar.Keys)
        {
            firstChars[c >> 6] |= 1UL << (c & 63);
            firstCharBits |= 1UL << (c & 63);
        }
    }

    /// <summary>The first of <paramref name="starts"/> at or after <paramref name="from"/> where a literal starts, or -1.</summary>
    public int Next(ReadOnlySpan<char> folded, ReadOnlySpan<int> starts, ulong startCharBits, int from)
    {
        if ((startCharBits & firstCharBits) == 0)
        {
            return -1;
        }

        var i = from == 0 ? 0 : starts.BinarySearch(from);
        for (i = i >= 0 ? i : ~i; i < starts.Length; i++)
        {
            var p = starts[i];
            var c = folded[p];
            if ((firstChars[c >> 6] & (1UL << (c & 63))) == 0)
            {
                continue;
            }

            foreach (var literal in byFirstChar[c])
            {
                if (folded[p..].StartsWith(literal, StringComparison.Ordinal))
                {
                    return p;
                }
            }
        }

        return -1;
    }
}
