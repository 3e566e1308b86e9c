using System.Text.RegularExpressions;
using Scraper.Extraction.Lexicons;

namespace Scraper.Extraction;

/// <summary>Quoted accounts whose speaker is named after the closing quote mark.</summary>
public sealed partial class StrikeClaimExtractor
{
    private const int QuoteReach = 4;

    /// <summary>
    /// For a sentence inside a quote that opens in it or before it and closes within a few sentences with
    /// "», – написав Лисак" / "," said the governor": the attribution after the closing mark, with its actors.
    /// </summary>
    private (string Text, IReadOnlyList<AliasMatch<ActorEntry>> Actors)? QuoteAttribution(IReadOnlyList<Sentence> sentences, int i, DocumentState state)
    {
        var text = sentences[i].Text;
        if (state.Lex.Attribution.IsMatch(text) || !OpensQuote(sentences, i))
        {
            return null;
        }

        for (var j = i; j < sentences.Count && j <= i + QuoteReach; j++)
        {
            var close = sentences[j].Text.IndexOfAny(ClosingQuotes, j == i ? 1 : 0);
            if (close < 0)
            {
                continue;
            }

            var tail = sentences[j].Text[(close + 1)..];
            if (!QuoteTail().IsMatch(tail) || !state.Lex.Attribution.IsMatch(tail))
            {
                return null;
            }

            var offset = close + 1;
            var actors = ActorsIn(sentences, j, state).Where(a => a.Start >= offset).Select(a => a with { Start = a.Start - offset }).ToList();
            return (tail, actors);
        }

        return null;
    }

    /// <summary>The sentence starts a quote, or goes on with one opened in an earlier sentence and not closed since.</summary>
    private static bool OpensQuote(IReadOnlyList<Sentence> sentences, int i)
    {
        for (var k = i; k >= 0 && k >= i - QuoteReach; k--)
        {
            var t = sentences[k].Text.TrimStart();
            if (k < i && t.IndexOfAny(ClosingQuotes) >= 0)
            {
                return false;
            }

            if (t.Length > 0 && OpeningQuotes.Contains(t[0]))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly char[] ClosingQuotes = ['»', '”'];
    private const string OpeningQuotes = "«“„";

    // "», – йдеться в повідомленні ...", "”, said the governor": a dash or comma, then the attribution.
    [GeneratedRegex(@"^\s*[,.]?\s*[–—-]?\s*\p{L}")]
    private static partial Regex QuoteTail();
}
