using System.Text.RegularExpressions;
using Scraper.Extraction.Lexicons;
using Scraper.Geo;

namespace Scraper.Extraction;

/// <summary>Whether a sentence reports a strike: the strike word that counts, and country-wide launch lines.</summary>
public sealed partial class StrikeClaimExtractor
{
    /// <summary>
    /// "Russia launched 97 drones at Ukraine ..., 73 were shot down": the attack on the country is claimed even when
    /// interceptions follow (not when they come first: "shot down 20 of the drones Russia launched"); the places in
    /// such a line are launch sites or where drones fell, not targets.
    /// </summary>
    private Match? CountryWideLaunch(string text, string masked, IReadOnlyList<AliasMatch<ActorEntry>> actors, DocumentState state)
    {
        var launch = state.Lex.Launch.Match(masked);
        if (!launch.Success || state.Lex.Interception.Match(text) is { Success: true } shotDown && shotDown.Index < launch.Index)
        {
            return null;
        }

        return CountryStruck(text, launch.Index, actors, null, state.Language) is { } struck && struck.Start > launch.Index ? launch : null;
    }

    /// <summary>
    /// The first strike word that reports a strike: not the object of another event ("відбили 38 атак", "repelled 52
    /// assaults"), and none at all when a front-sector sentence has only assault words ("In the Kharkiv direction,
    /// Russian forces attacked Ukrainian positions four times": ground fighting, labelling rule 11).
    /// </summary>
    private Match FirstStrikeTrigger(string masked, Lexicons.LanguageLexicon lex)
    {
        var frontSector = lex.FrontSector.IsMatch(masked) && !data.Lexicons.Weapons.Matches(masked).Any();
        for (var m = lex.StrikeTriggers.Match(masked); m.Success; m = lex.StrikeTriggers.Match(masked, m.Index + m.Length))
        {
            if (frontSector && lex.Assault.Match(masked, m.Index) is { Success: true } a && a.Index == m.Index)
            {
                continue;
            }

            if (m.Index > 0 && masked[m.Index - 1] == '-' && m.Index > 1 && char.IsLetter(masked[m.Index - 2]))
            {
                // "drought-hit Iraq", "war-struck region": the second half of a compound adjective reports no strike.
                continue;
            }

            var before = masked.AsSpan(Math.Max(0, m.Index - 25), Math.Min(25, m.Index));
            if (lex.OtherEvent.Match(before.ToString()) is { Success: true } other && !before[(other.Index + other.Length)..].ContainsAny(".,;"))
            {
                continue;
            }

            return m;
        }

        return Match.Empty;
    }

    /// <summary>
    /// Whether the sentence reports interceptions; air defences named after the strike word are what was struck
    /// ("уразили засіб протиповітряної оборони"), not who shot something down.
    /// </summary>
    private bool Intercepts(string text, Match trigger, Lexicons.LanguageLexicon lex)
    {
        var struck = trigger.Success
            ? data.Lexicons.TargetTypes.Matches(text).Where(t => t.Value.Name == "air defence" && t.Start > trigger.Index).ToList()
            : [];
        var interceptions = lex.Interception.Matches(text).Where(m => !struck.Any(t => t.Start <= m.Index + m.Length && m.Index <= t.End)).ToList();
        // "air defences shot down 372 drones, and that hits were recorded in the Kharkiv ... regions": a clause of its
        // own after the interceptions reports what got through.
        // "... مستهدفاً عدداً من مواقعنا في منطقة مصياف، وقد تصدت وسائط دفاعنا الجوي ...": the strike, then in a clause of its own
        // the air defences' answer; the strike stands.
        return interceptions.Count > 0 && !(trigger.Success && interceptions[^1].Index < trigger.Index
            && LaterClause().IsMatch(text.AsSpan(interceptions[^1].Index, trigger.Index - interceptions[^1].Index)))
            && !(trigger.Success && interceptions[0].Index > trigger.Index
                && AnswerClause().IsMatch(text.AsSpan(trigger.Index, interceptions[0].Index - trigger.Index)));
    }

    [GeneratedRegex(@"(?:;\s*|،\s*وقد\s|,\s*while\s)")]
    private static partial Regex AnswerClause();

    [GeneratedRegex(@"(?:,\s*(?:and\s+that|while|but|whereas)|;\s*|,\s*(?:і|и|а|але|но|однак|однако)\s+)")]
    private static partial Regex LaterClause();

    /// <summary>
    /// "Among the targets struck:" (or "من بين الأهداف التي تمت مهاجمتها:") followed by one line per site: each line is a
    /// strike of the intro's speaker even without a strike word of its own. Returns the trigger to use (an empty match
    /// at the start of such a line) and remembers an intro for the lines after it.
    /// </summary>
    private static Match ListedUnderStrikeIntro(IReadOnlyList<Sentence> sentences, int i, Match trigger, DocumentState state)
    {
        var text = state.Input.Text;
        var sentence = sentences[i];
        var lineStart = sentence.Start == 0 ? 0 : text.LastIndexOf('\n', sentence.Start - 1) + 1;
        var ownLine = text.AsSpan(lineStart, sentence.Start - lineStart).IndexOfAnyExcept(BulletOrSpace) < 0;
        if (i > 0 && AmongTheTargets().Match(sentence.Text) is { Success: true } among && state.Lex.StrikeTriggers.IsMatch(sentences[i - 1].Text))
        {
            // "... had struck dozens of targets. Among them, it said, were a command centre in Gaza City and ...": the
            // targets listed are the strike's, whatever else the sentence says of them.
            return among;
        }

        if (trigger.Success)
        {
            // A line of the list with a strike word of its own ("rockets were fired") does not end the list.
            state.StrikeListIntro = sentence.Text.TrimEnd().EndsWith(':') ? i : state.StrikeListIntro >= 0 && ownLine ? state.StrikeListIntro : -1;
            return trigger;
        }

        if (state.StrikeListIntro >= 0 && ownLine)
        {
            return LineStart().Match(sentence.Text);
        }

        state.StrikeListIntro = -1;
        return trigger;
    }

    private static readonly System.Buffers.SearchValues<char> BulletOrSpace = System.Buffers.SearchValues.Create(" \t\r•·*▪●-–—\uFE0F\u25AA\u25FE\u2022");

    [GeneratedRegex("^")]
    private static partial Regex LineStart();

    [GeneratedRegex(@"^\s*Among\s+(?:them|those|the\s+(?:targets|sites|facilities|objects|positions|communities|settlements|villages|towns|areas)(?:\s+(?:hit|struck|attacked|shelled|targeted))?)\b(?=[^.]*?\b(?:were|was)\b)")]
    private static partial Regex AmongTheTargets();

    /// <summary>
    /// A state's name as what was struck, when the sentence names no place: "launched 112 drones at Ukraine", "атакували
    /// Україну", "удар ... по объектам ВПК Украины". Not the attacker, nor a speaker ("Ukraine said").
    /// </summary>
    private PlaceMention? CountryStruck(string text, int trigger, IReadOnlyList<AliasMatch<ActorEntry>> actors, string? attacker, string language)
    {
        foreach (var a in actors)
        {
            if (a.Value is not { Type: "state", Country: { } code } || a.Value.Attacker == attacker
                || data.Places.Resolve(a.Value.Claimant, PlaceContext.Empty) is not { Level: PlaceLevel.Country } entry || entry.Country != code)
            {
                continue;
            }

            var before = text[Math.Max(0, a.Start - 12)..a.Start];
            var targeted = TargetPreposition().IsMatch(before) || CountryObjectVerb().IsMatch(before) || (a.Start > trigger && InCountry().IsMatch(before) && !Possessive().IsMatch(text, a.Start))
                || (language is "ru" or "uk" && a.Start > trigger);
            if (targeted)
            {
                return new PlaceMention(a.Text, a.Start, a.End, entry, 6, Strong: true);
            }
        }

        return null;
    }

    [GeneratedRegex(@"\b(?:in|of)\s+$")]
    private static partial Regex InCountry();

    [GeneratedRegex(@"(?:attacked|attacking|attacks|атакували|атакувала|атаковали|атаковала|атакує|атакует)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex CountryObjectVerb();
}
