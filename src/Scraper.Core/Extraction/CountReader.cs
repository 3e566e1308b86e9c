using System.Text.RegularExpressions;
using Scraper.Extraction.Lexicons;

namespace Scraper.Extraction;

/// <summary>
/// Strike count and casualties of a sentence. A count is kept only when the sentence names one place
/// (one strike split across places gives null per place); "no civilians were killed" is not 0.
/// </summary>
public static class CountReader
{
    public readonly record struct Counts(int? Strikes, int? Killed, int? Injured);

    public static Counts Read(string text, LanguageLexicon lex, int placeCount)
    {
        int? strikes = null;
        if (placeCount == 1)
        {
            foreach (Match noun in lex.StrikeNouns.Matches(text))
            {
                if (NumberParser.Before(text, noun.Index, lex, skipWords: 2) is { } n)
                {
                    strikes = n;
                    break;
                }
            }
        }

        return new Counts(strikes, placeCount == 1 ? Casualties(text, lex.Killed, lex) : null, placeCount == 1 ? Casualties(text, lex.Injured, lex) : null);
    }

    private static int? Casualties(string text, PhraseMatcher cue, LanguageLexicon lex)
    {
        foreach (Match m in cue.Matches(text))
        {
            var left = text[Math.Max(0, m.Index - 40)..m.Index];
            if (lex.Negation.IsMatch(left))
            {
                continue;
            }

            if (NumberParser.After(text, m.Index + m.Length, lex) is { } after)
            {
                return after;
            }

            if (NumberParser.Before(text, m.Index, lex, skipWords: 3) is { } before && before != 1)
            {
                return before;
            }
        }

        return null;
    }
}
