namespace Scraper.Extraction;

/// <summary>A strike's date given in the sentence after it, when that sentence only says when the strike was.</summary>
public sealed partial class StrikeClaimExtractor
{
    /// <summary>
    /// "The U.S. military said Thursday it had carried out an airstrike near Jilib. The strike took place on Tuesday ...":
    /// the first sentence's date is when it was announced; the second dates every claim of the first.
    /// </summary>
    private static void AddFollowUpDate(List<StrikeClaim> claims, Sentence sentence, string document, Lexicons.LanguageLexicon lex, DateOnly? published)
    {
        var last = claims[^1];
        // "The strike" refers back across a paragraph break too: news agencies give each sentence its own paragraph.
        if (last.EvidenceStart is not { } start || last.EvidenceEnd is not { } end || end > sentence.End
            || (end < sentence.Start && !string.IsNullOrWhiteSpace(document[end..sentence.Start])))
        {
            return;
        }

        var text = sentence.Text;
        var cue = lex.FollowUpDate.Match(text);
        if (!cue.Success || !text.AsSpan(0, cue.Index).IsWhiteSpace() || RelativeDateResolver.Find(text[cue.Index..], lex, published) is not { } date)
        {
            return;
        }

        for (var k = 0; k < claims.Count; k++)
        {
            if (claims[k].EvidenceStart == start)
            {
                claims[k] = claims[k] with
                {
                    EventDate = date.StartText,
                    EventDateEnd = date.EndText,
                    DatePrecision = date.Precision,
                    Evidence = document[start..sentence.End],
                    EvidenceEnd = sentence.End,
                };
            }
        }
    }
}
