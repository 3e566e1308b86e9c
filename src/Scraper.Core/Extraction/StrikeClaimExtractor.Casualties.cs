namespace Scraper.Extraction;

/// <summary>Casualties of a claim: the category of the dead and injured, and a toll given in the sentence after the strike.</summary>
public sealed partial class StrikeClaimExtractor
{
    /// <summary>
    /// "... a missile hit a residential block in Kryvyi Rih. According to him, 18 people were killed.": a sentence
    /// that only counts casualties completes the single claim of the sentence right before it.
    /// </summary>
    private static void AddFollowUpCasualties(List<StrikeClaim> claims, Sentence sentence, string document, Lexicons.LanguageLexicon lex)
    {
        var last = claims[^1];
        if (last.Killed is not null || last.Injured is not null || last.EvidenceStart is not { } start || last.EvidenceEnd is not { } end
            || end > sentence.Start || !string.IsNullOrWhiteSpace(document[end..sentence.Start])
            || claims.Count(c => c.EvidenceStart == start) != 1)
        {
            return;
        }

        // Not a toll since the war began, nor one across a paragraph break: those count more than this strike.
        if ((!lex.Killed.IsMatch(sentence.Text) && !lex.Injured.IsMatch(sentence.Text)) || lex.Habitual.IsMatch(sentence.Text)
            || document.AsSpan(end, sentence.Start - end).Count('\n') > 1)
        {
            return;
        }

        var counts = CountReader.Read(sentence.Text, lex, 1);
        if (counts.Killed.Low is null && counts.Injured.Low is null)
        {
            return;
        }

        claims[^1] = last with
        {
            Killed = counts.Killed.Low,
            KilledHigh = counts.Killed.High,
            Injured = counts.Injured.Low,
            InjuredHigh = counts.Injured.High,
            CasualtyCategory = lex.Civilian.IsMatch(document[start..sentence.End]) ? "civilian" : "unknown",
            Evidence = document[start..sentence.End],
            EvidenceEnd = sentence.End,
        };
    }

    /// <summary>Civilian cues first ("five civilians were killed"); fighters, militants and troops make it combatant.</summary>
    private string CasualtyCategory(string text, Lexicons.LanguageLexicon lex) =>
        lex.Civilian.IsMatch(text) ? "civilian"
            : data.Lexicons.TargetTypes.Matches(text).Any(m => m.Value.Name == "personnel") ? "combatant" : "unknown";
}
