namespace Scraper.Extraction.Lexicons;

/// <summary>
/// Where in a case-folded text one of a phrase list's leading literals starts, at a place where a word boundary
/// can hold. A bitmap of first characters rejects most positions with one lookup; the few left are compared
/// with the literals sharing that first character.
/// </summary>
internal sealed class LeadingLiterals
{
    private readonly ulong[] firstChars = new ulong[(char.MaxValue + 1) / 64];
    private readonly Dictionary<char, string[]> byFirstChar;

    /// <param name="folded">Non-empty literals, already case-folded.</param>
    public LeadingLiterals(IEnumerable<string> folded)
    {
        byFirstChar = folded.Distinct().GroupBy(l => l[0]).ToDictionary(g => g.Key, g => g.ToArray());
        foreach (var c in byFirstChar.Keys)
        {
            firstChars[c >> 6] |= 1UL << (c & 63);
        }
    }

    /// <summary>The first position at or after <paramref name="from"/> where a literal starts, or -1.</summary>
    public int Next(ReadOnlySpan<char> folded, string text, int from)
    {
        for (var p = from; p < folded.Length; p++)
        {
            var c = folded[p];
            if ((firstChars[c >> 6] & (1UL << (c & 63))) == 0)
            {
                continue;
            }

            // Inside a word (letter or digit on both sides) a leading \b cannot hold.
            if (p > 0 && char.IsLetterOrDigit(text[p - 1]) && char.IsLetterOrDigit(text[p]))
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
