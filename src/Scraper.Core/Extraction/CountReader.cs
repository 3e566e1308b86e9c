using System.Text.RegularExpressions;
using Scraper.Extraction.Lexicons;

namespace Scraper.Extraction;

/// <summary>
/// Strike count and casualties of a sentence. A count is kept only when the sentence names one place
/// (one strike split across places gives null per place); "no civilians were killed" is not 0.
/// </summary>
public static partial class CountReader
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

    /// <summary>
    /// "five air strikes on Sanaa and two on Saada": each place's own count, read from the text between the
    /// previous place and this one. Null for every place unless each has its own (a shared count is not split).
    /// </summary>
    public static int?[] StrikesPerPlace(string text, LanguageLexicon lex, IReadOnlyList<(int Start, int End)> places)
    {
        var counts = new int?[places.Count];
        for (var i = 0; i < places.Count; i++)
        {
            var from = i == 0 ? 0 : places[i - 1].End;
            var to = places[i].Start;
            foreach (Match noun in lex.StrikeNouns.Matches(text[..to], from))
            {
                if (NumberParser.Before(text[from..], noun.Index - from, lex, skipWords: 2) is { } n)
                {
                    counts[i] = n;
                }
            }

            if (counts[i] is null && i > 0 && BareCount().Match(text[from..to]) is { Success: true } bare)
            {
                counts[i] = NumberParser.Value(bare.Groups["n"].Value, lex);
            }

            if (counts[i] is null)
            {
                return new int?[places.Count];
            }
        }

        return counts;
    }

    private static int? Casualties(string text, Regex cue, LanguageLexicon lex)
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

    [GeneratedRegex(@"(?:^|\s|,)(?:and|та|і|и|а|و)\s+(?<n>[\p{L}\d]+)\s+(?:more\s+)?(?:on|in|near|at|against|по|на|в|у|біля|возле|около|على|في)\s+(?:the\s+)?(?:\p{Ll}+\s+)*$")]
    private static partial Regex BareCount();
}
