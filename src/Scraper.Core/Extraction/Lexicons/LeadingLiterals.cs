namespace Scraper.Extraction.Lexicons;

/// <summary>
/// Where in a case-folded text one of a phrase list's phrases can start, among the positions where a phrase can
/// start at all (<see cref="CaseFold.Folded"/>). A bitmap of first characters rejects most with one lookup; the few
/// left are compared with the phrases' literal heads sharing that first character: the words before the first *,
/// each whole word followed by what the regex needs after it (a separator, or no word character at the end), and
/// the literal start of the word holding the *. Only positions the regex could match at pass, so none is skipped.
/// </summary>
internal sealed class LeadingLiterals
{
    private readonly ulong[] firstChars = new ulong[(char.MaxValue + 1) / 64];
    private readonly Dictionary<char, Head[]> byFirstChar;

    // First characters folded to 64 bits (c % 64): a text whose start characters share no bit has no candidate.
    private readonly ulong firstCharBits;

    /// <param name="phrases">Phrases whose first word does not start with *, each already case-folded.</param>
    public LeadingLiterals(IEnumerable<string> phrases)
    {
        // Phrases sharing a head ("strike*", "strike* on") are tested once.
        byFirstChar = phrases.Select(Head.Of).DistinctBy(h => (string.Join(' ', h.Words), h.Complete, h.Ends)).GroupBy(h => h.Words[0][0]).ToDictionary(g => g.Key, g => g.ToArray());
        foreach (var c in byFirstChar.Keys)
        {
            firstChars[c >> 6] |= 1UL << (c & 63);
            firstCharBits |= 1UL << (c & 63);
        }
    }

    /// <summary>The first of <paramref name="starts"/> at or after <paramref name="from"/> where a phrase can start, or -1.</summary>
    public int Next(ReadOnlySpan<char> text, ReadOnlySpan<char> folded, ReadOnlySpan<int> starts, ulong startCharBits, int from)
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

            foreach (var head in byFirstChar[c])
            {
                if (head.StartsAt(text, folded, p))
                {
                    return p;
                }
            }
        }

        return -1;
    }

    /// <summary>
    /// A phrase's literal words up to and including the first word with a *, cut at that *. <see cref="Complete"/>
    /// says the last word has no *: then the phrase ends there or goes on after a separator.
    /// </summary>
    private sealed record Head(string[] Words, bool Complete, bool Ends)
    {
        public static Head Of(string phrase)
        {
            var all = phrase.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var words = new List<string>();
            foreach (var w in all)
            {
                var star = w.IndexOf('*');
                if (star < 0 && words.Count > 0 && !char.IsLetterOrDigit(w[0]))
                {
                    break; // a word starting with a separator would be eaten by the separator skip: stop before it
                }

                if (star == 0)
                {
                    break;
                }

                words.Add(star < 0 ? w : w[..star]);
                if (star >= 0)
                {
                    return new Head([.. words], false, false);
                }
            }

            return new Head([.. words], true, words.Count == all.Length);
        }

        // Letters and separators are read from the text itself: folding may map an apostrophe to a letter-like sign.
        public bool StartsAt(ReadOnlySpan<char> text, ReadOnlySpan<char> folded, int p)
        {
            for (var k = 0; k < Words.Length; k++)
            {
                if (!folded[p..].StartsWith(Words[k], StringComparison.Ordinal))
                {
                    return false;
                }

                p += Words[k].Length;
                if (k == Words.Length - 1 && !Complete)
                {
                    return true;
                }

                if (k == Words.Length - 1 && Ends)
                {
                    // The regex ends with (?![\w]): a letter or digit right after the phrase rules it out.
                    return p >= text.Length || !char.IsLetterOrDigit(text[p]);
                }

                // Words are joined by [\s\-]+.
                var q = p;
                while (q < text.Length && (char.IsWhiteSpace(text[q]) || text[q] == '-'))
                {
                    q++;
                }

                if (q == p)
                {
                    return false;
                }

                p = q;
            }

            return true;
        }
    }
}
