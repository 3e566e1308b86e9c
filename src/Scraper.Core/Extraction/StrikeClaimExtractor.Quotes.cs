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

    /// <summary>
    /// The text that says who asserts sentence i (whose claims' evidence runs to <paramref name="evidenceEnd"/>), with its
    /// actors: the sentence itself, the next one when it refers back ("Об этом сообщил ..."), or a quote's attribution.
    /// </summary>
    private (string Text, IReadOnlyList<AliasMatch<ActorEntry>> Actors) SpeakerSentence(
        IReadOnlyList<Sentence> sentences, int i, int evidenceEnd, IReadOnlyList<AliasMatch<ActorEntry>> actors, DocumentState state)
    {
        var text = sentences[i].Text;
        var listedIn = i;
        while (listedIn + 1 < sentences.Count && sentences[listedIn].End < evidenceEnd)
        {
            listedIn++;
        }

        if (!state.Lex.Attribution.IsMatch(text) && i + 1 < sentences.Count && state.Lex.BackReference.Match(sentences[i + 1].Text) is { Success: true, Index: < 3 })
        {
            // "... погибли два человека. Об этом сообщил глава города ...": the next sentence says who asserts this one.
            return (sentences[i + 1].Text, ActorsIn(sentences, i + 1, state));
        }

        if (QuoteAttribution(sentences, listedIn, state) is { } quoted)
        {
            // "«Під ворожими ударами перебували ... Тягинка. ...», – йдеться в повідомленні Херсонської ОВА": a quote
            // is said by whoever its closing attribution names, not by the speaker before it; so is a district's
            // strike whose towns the quote right after it lists ("... атакував Нікопольщину. «Під прицілом були ...»").
            return quoted;
        }

        // "... атакував Нікопольщину. «Під прицілом були Нікополь та ... громади», – написав Лисак.": the sentence listing
        // the towns says who speaks.
        return listedIn > i && !state.Lex.Attribution.IsMatch(text) && state.Lex.Attribution.IsMatch(sentences[listedIn].Text)
            ? (sentences[listedIn].Text, ActorsIn(sentences, listedIn, state))
            : (text, actors);
    }

    /// <summary>The sentence starts a quote, or goes on with one opened in an earlier sentence and not closed since.</summary>
    private static bool OpensQuote(IReadOnlyList<Sentence> sentences, int i)
    {
        for (var k = i; k >= 0 && k >= i - QuoteReach; k--)
        {
            var t = sentences[k].Text.TrimStart();
            if (k < i && t.IndexOfAny(ClosingQuotes, t.Length > 0 && OpeningQuotes.Contains(t[0]) ? 1 : 0) >= 0)
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

    // A straight quote opening a sentence is closed by the next one (English wires use them as often as curly ones).
    private static readonly char[] ClosingQuotes = ['»', '”', '"'];
    private const string OpeningQuotes = "«“„\"";

    // "», – йдеться в повідомленні ...", "”, said the governor": a dash or comma, then the attribution.
    [GeneratedRegex(@"^\s*[,.]?\s*[–—-]?\s*\p{L}")]
    private static partial Regex QuoteTail();
}
