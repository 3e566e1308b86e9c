using System.Text.RegularExpressions;
using Scraper.Extraction.Lexicons;
using Scraper.Geo;

namespace Scraper.Extraction;

/// <summary>Who struck (attacker), and the actor names each sentence holds.</summary>
public sealed partial class StrikeClaimExtractor
{
    private IReadOnlyList<AliasMatch<ActorEntry>> ActorsIn(IReadOnlyList<Sentence> sentences, int i, DocumentState state) =>
        state.ActorsBySentence[i] ??= WithoutSeatNames(sentences[i].Text, data.Lexicons.Actors.Matches(sentences[i].Text));

    /// <summary>
    /// "Kyiv City Military Administration": a state's name right before a local authority's title is its seat; in "the
    /// Kyiv region" or "Moscow Oblast" a capital names a region.
    /// </summary>
    private static IReadOnlyList<AliasMatch<ActorEntry>> WithoutSeatNames(string text, IReadOnlyList<AliasMatch<ActorEntry>> matches) =>
        matches.Any(m => m.Value.Type == "state")
            ? matches.Where(m => !(m.Value.Type == "state" && (matches.Any(o => o.Value is { Type: "official", Scope: not null } && o.Start == m.End + 1 && text[m.End] == ' ')
                || RegionWordAfter().IsMatch(text.AsSpan(m.End))))).ToList()
            : matches;

    [GeneratedRegex(@"^\s+(?:region|Region|oblast|Oblast|province|Province|district)\b")]
    private static partial Regex RegionWordAfter();

    private PlaceContext DocumentContext(string text, string language, DocumentState state)
    {
        var countries = new HashSet<string>(data.Countries.Matches(text).Select(m => m.Value), StringComparer.Ordinal);
        if (language is "uk" or "ru")
        {
            countries.Add("UA");
            countries.Add("RU");
        }

        var regions = new HashSet<(string, string)>();
        var countriesOnly = new PlaceContext(countries, regions);
        var named = language is "uk" or "ru" ? places.OblastsNamedIn(text, countriesOnly)
            : language == "en" ? places.LatinRegionsNamedIn(text, countriesOnly)
            : language == "ar" ? places.ArabicRegionsNamedIn(text, countriesOnly) : [];
        // A village with namesakes in several regions is the one in a region the report names.
        regions.UnionWith(named.Append(state.IssuerRegion).OfType<GazetteerEntry>().Select(e => (e.Country, e.Admin1!)));

        return new PlaceContext(countries, regions, state.IssuerRegion);
    }

    /// <summary>
    /// "Russia says it downed 47 drones ... the Defence Ministry said": a ministry named without its country is the
    /// ministry of the state the lead quotes.
    /// </summary>
    private ActorEntry? LeadMinistry(IReadOnlyList<Sentence> sentences, DocumentState state)
    {
        for (var i = 0; i < Math.Min(2, sentences.Count); i++)
        {
            var text = sentences[i].Text;
            foreach (var a in ActorsIn(sentences, i, state).Where(a => a.Value is { Type: "state", Attacker: not null }))
            {
                if (state.Lex.Attribution.Match(text, a.End) is { Success: true } cue && string.IsNullOrWhiteSpace(text[a.End..cue.Index]))
                {
                    return DefenceMinistryOf(a.Value.Attacker);
                }
            }
        }

        // "دمشق-سانا ... أعلنت وزارة الدفاع": a state outlet's bare "the Defence Ministry" is its own state's.
        return Enumerable.Range(0, Math.Min(3, sentences.Count)).SelectMany(i => ActorsIn(sentences, i, state))
            .Select(a => a.Value.HomeMinistry).OfType<string>().Select(id => data.Lexicons.ActorsById.GetValueOrDefault(id)).FirstOrDefault(m => m is not null);
    }

    /// <summary>The issuing ministry of a side ("Russia" → the Russian Ministry of Defence), or null.</summary>
    private ActorEntry? DefenceMinistryOf(string? side) =>
        side is null ? null : data.Lexicons.ActorsById.Values.FirstOrDefault(m => m is { Type: "ministry", Issuer: true } && m.Attacker == side
            && m.Claimant.Contains("Ministry", StringComparison.Ordinal));

    /// <summary>The actor of a type ("media": the agency; "armed_group": the group) named last, up to the current sentence.</summary>
    private static ActorEntry? LastNamed(DocumentState state, string type) => LastNamed(state, a => a.Type == type);

    /// <summary>The last actor <paramref name="which"/> accepts; in the current sentence only those named before <paramref name="before"/>.</summary>
    private static ActorEntry? LastNamed(DocumentState state, Func<ActorEntry, bool> which, int before = int.MaxValue)
    {
        for (var k = state.Current; k >= 0; k--)
        {
            if (state.ActorsBySentence[k]?.LastOrDefault(a => which(a.Value) && (k < state.Current || a.Start < before)) is { } actor)
            {
                return actor.Value;
            }
        }

        return null;
    }

    private static int TypeRank(ActorEntry a) => a.Type switch
    {
        "ministry" or "monitor" => 5,
        "activists" => 4,
        "armed_group" or "official" => 3,
        "state" => 2,
        "media" => 1,
        _ => 0,
    };

    private string? ResolveAttacker(string text, int trigger, IReadOnlyList<AliasMatch<ActorEntry>> actors, ActorEntry? claimant, DocumentState state, IReadOnlyList<PlaceMention> found)
    {
        string? attacker = null;
        state.AttackerAt = -1;
        // "a Britain-based monitor", "Iran-backed groups": a name inside a compound adjective is not the one striking.
        // "denied Ukrainian accusations that it had targeted ...": a side's accusations or claims do not strike.
        var candidates = actors.Where(a => a.Value.Attacker is not null && a.Value.Type is not ("media" or "monitor" or "activists" or "generic" or "official")
            && !CompoundAdjective().IsMatch(text.AsSpan(a.End)) && !AccusationAfter().IsMatch(text.AsSpan(a.End))
            && !AccusationBefore().IsMatch(text.AsSpan(Math.Max(0, a.Start - 24), Math.Min(24, a.Start)))).ToList();
        // "The air force said ... hits were recorded": a speaker right before its verb of saying is not the subject.
        var before = candidates.Where(a => a.Start < trigger && !TargetPreposition().IsMatch(text[Math.Max(0, a.Start - 12)..a.Start])
            && !(a.Value.CanClaim && state.Lex.Attribution.Match(text, a.End) is { Success: true } said && said.Index - a.End is >= 0 and <= 2 && said.Index < trigger
                && !ItStruck().IsMatch(text.AsSpan(said.Index + said.Length)))).ToList();
        // "За даними Генштабу, ... ударів зазнали": whose account it is, not who struck, when the sentence tells it from
        // the side struck ("по данным Минобороны, авиация ... поразили" is the ministry's own forces).
        // "According to the General Staff, airstrikes hit the areas of Myropillia ... in Sumy region": nor when the places
        // lie in the source's own country (in English; "по данным Минобороны, армейская авиация ... поразили" in the Kursk
        // region names the ministry's own aviation).
        var countries = state.Language == "en" && before.Count > 0 ? found.Select(p => p.Entry?.Country ?? p.Region?.Country).OfType<string>().Distinct().ToList() : [];
        var victimVoice = before.Count > 0 && state.Lex.VictimVoice.IsMatch(text);
        if (victimVoice || countries.Count > 0)
        {
            var sources = state.Lex.Source.Matches(text).ToList();
            bool OnOwnGround(ActorEntry a) => a.Enemy is { } foe && countries.All(c => data.Lexicons.EnemyByCountry.GetValueOrDefault(c) == foe);
            before = before.Where(a => !sources.Any(m => m.Index + m.Length <= a.Start && text.AsSpan(m.Index + m.Length, a.Start - m.Index - m.Length).Trim() is "" or "the")
                || !(victimVoice || OnOwnGround(a.Value))).ToList();
        }

        // "Iraqi F-16 aircraft, supported by CENTCOM intelligence ... assets, conducted an airstrike": who supports does not strike.
        before = before.Where(a => !SupportedBy().IsMatch(text.AsSpan(Math.Max(0, a.Start - 30), Math.Min(30, a.Start)))).ToList();
        // "Russia pounds Ukraine's energy grid": a possessive after another side's name owns the target.
        before = before.Where(a => !(PossessiveEnd().IsMatch(a.Text) && before.Any(b => b.End <= a.Start && b.Value.Attacker != a.Value.Attacker))).ToList();
        // "In Kharkiv, Ukraine's second-largest city, a guided missile hit ...": a state's possessive before anything but
        // its forces or weapons only describes.
        before = before.Where(a => !(a.Value.Type is "state" or "armed_group" && (PossessiveEnd().IsMatch(a.Text) || PossessiveSuffix().IsMatch(text.AsSpan(a.End)))
            && !OwnForcesAfter(text, Math.Min(text.Length, a.End + 2)))).ToList();
        var enemy = state.Lex.Enemy.Match(text);
        var pronoun = state.Lex.PronounAttacker.Match(text);
        // "Противник завдав ударів" (the enemy as subject), not "уразили пункт управління противника" (the enemy as target).
        var enemyIsSubject = enemy.Success && (enemy.Index < trigger ? !before.Any(a => a.Start > enemy.Index) : before.Count == 0 && enemy.Index < trigger + 15);
        // An official without a side ("Глава Днепропетровской ОВА ... враг атаковал Днепр") speaks of his own territory: the
        // enemy is that country's, not the language's default.
        var officialsEnemy = claimant is { Type: "official", Enemy: null } && found.Select(p => p.Entry?.Country ?? p.Region?.Country).OfType<string>().Distinct().ToList() is [var home]
            ? data.Lexicons.EnemyByCountry.GetValueOrDefault(home) : null;
        if (enemyIsSubject && ((claimant ?? state.Issuer)?.Enemy ?? officialsEnemy ?? state.Lex.DefaultEnemy) is { } e)
        {
            state.EnemyActs = true;
            attacker = e;
        }
        else if (pronoun.Success && claimant?.Attacker is { } own && (pronoun.Index < trigger + 20
            || state.Lex.StrikeTriggers.Match(text, pronoun.Index + pronoun.Length) is { Success: true } next && next.Index - pronoun.Index - pronoun.Length < 20))
        {
            attacker = own;
            state.AttackerAt = pronoun.Index;
        }
        else if (candidates.FirstOrDefault(a => NamesPassiveStrike(text, a, state)) is { } named)
        {
            attacker = named.Value.Attacker;
        }
        else if (actors.LastOrDefault(a => a.Value.Refers == "group" && a.End <= trigger && !PossessiveSuffix().IsMatch(text.AsSpan(a.End))) is { } group && !before.Any(a => a.Start > group.Start)
            && LastNamed(state, a => a.Type == "armed_group", group.Start) is { Attacker: { } groupAttacker })
        {
            // "Hours earlier, the group fired a missile at Ain al-Asad": the armed group named last.
            attacker = groupAttacker;
        }
        else if (PassiveAgent().Match(text, trigger) is { Success: true } by && candidates.FirstOrDefault(a => a.Start == by.Index + by.Length) is { } agent)
        {
            // "strikes by Russian jets", "удары российской авиации", "ISIS positions ... were struck by Russian aircraft":
            // the agent after the strike word strikes, whoever stands before it.
            attacker = agent.Value.Attacker;
        }
        else if (before.Count > 0)
        {
            // The actor nearest before the strike word is its subject ("Russian jets ... struck").
            var subject = before.OrderByDescending(a => a.Value.Type is "forces" or "armed_group" or "state" or "ministry" ? a.Start : -1).First();
            attacker = subject.Value.Attacker;
            state.AttackerAt = subject.Start;
        }
        else if (state.Language == "ar" && candidates.FirstOrDefault(a => a.Start > trigger && a.Start - trigger < 30) is { } subject)
        {
            // Arabic puts the verb first: "قصفت قوات النظام ..." (the regime forces shelled).
            attacker = subject.Value.Attacker;
        }

        if (attacker == "rebels" && LastNamed(state, a => a.Type == "armed_group" && a.Aliases.Any(x => x.EndsWith(" rebels", StringComparison.Ordinal))) is { Attacker: { } rebelGroup })
        {
            // "Huthi military spokesman Yahya Saree said ... the rebels had fired": the group known as rebels named before.
            attacker = rebelGroup;
        }

        if (attacker is not null)
        {
            state.LastAttacker = attacker;
            return attacker;
        }

        var country = found.Select(p => p.Entry?.Country ?? p.Region?.Country).FirstOrDefault(c => c is not null);
        if (country is not null && state.AttackerByCountry.TryGetValue(country, out var byCountry))
        {
            return byCountry;
        }

        var speaker = claimant ?? state.Issuer;
        // "hits were recorded in the Kharkiv ... regions, the air force said": strikes on the speaker's own country are the enemy's.
        var onOwnCountry = country is not null && speaker?.Enemy is { } foe && data.Lexicons.EnemyByCountry.GetValueOrDefault(country) == foe;
        // "Russia and Ukraine attacked each other ... Drones struck the Kharkiv region, the Air Force said": the side
        // named last does not strike its own speaker's country.
        // Occupied ground is the exception: "на тимчасово окупованій території ... уражено склад" is the speaker's own strike.
        var last = onOwnCountry && state.LastAttacker == speaker?.Attacker && !state.Lex.Occupied.IsMatch(text) ? null : state.LastAttacker;
        // "In the Kyiv region, drones damaged energy facilities ..., the regional military administration said": an official
        // of no side reporting on a country at war reports its enemy's strikes, whoever struck in the sentence before.
        if (speaker is { Type: "official", Enemy: null } && country is not null && data.Lexicons.EnemyByCountry.TryGetValue(country, out var homeFoe)
            && !state.Lex.Occupied.IsMatch(text))
        {
            return homeFoe;
        }

        return last ?? ((state.EnemyActs || onOwnCountry) && speaker?.Enemy is { } en ? en : speaker?.Attacker)
            ?? (country is null ? null : data.Lexicons.EnemyByCountry.GetValueOrDefault(country));
    }

    private bool OwnForcesAfter(string text, int end)
    {
        // Up to the clause's end: "Ukraine's second-largest city, a guided missile hit" names no Ukrainian weapon.
        var next = text.AsSpan(end, Math.Min(40, text.Length - end));
        next = next.IndexOfAny(',', ';', '.') is var stop and >= 0 ? next[..stop] : next;
        return ForcesWord().IsMatch(next) || data.Lexicons.Weapons.Matches(next.ToString()).Any();
    }

    /// <summary>
    /// "was eliminated in a precise IAF strike", "killed by an Israeli airstrike": the actor naming the strike of a
    /// passive sentence is its agent, whatever actors come earlier (the commander's own group, the victim's side).
    /// </summary>
    private static bool NamesPassiveStrike(string text, AliasMatch<ActorEntry> actor, DocumentState state) =>
        StrikeArticle().IsMatch(text.AsSpan(Math.Max(0, actor.Start - 40), Math.Min(40, actor.Start)))
        && state.Lex.StrikeNouns.Match(text, actor.End) is { Success: true } noun
        && noun.Index - actor.End is > 0 and <= 2 && string.IsNullOrWhiteSpace(text[actor.End..noun.Index]);

    [GeneratedRegex(@"\b(?:in|by)\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,2}$")]
    private static partial Regex StrikeArticle();

    [GeneratedRegex(@"['’]s$|s['’]$")]
    private static partial Regex PossessiveEnd();

    [GeneratedRegex(@"^['’]s\b|^['’](?=\s)")]
    private static partial Regex PossessiveSuffix();

    [GeneratedRegex(@"^\s+(?:[\w-]+\s+){0,2}(?:forces|military|army|troops|air\s+force|navy|drones?|missiles?|jets|aircraft|artillery|strikes?|attacks?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ForcesWord();

    [GeneratedRegex(@"\G\w+['’]s\b")]
    private static partial Regex Possessive();

    [GeneratedRegex(@"\b(?:against|on|at|into|toward|towards|over|targeting|targeted|hit|struck|по|на|проти|против|على|ضد)\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex TargetPreposition();

    [GeneratedRegex(@"\G\S*(?:\s+\p{Lu}[\p{L}-]*){0,2}\s+(?:carried out\s+)?(?:by|от|со стороны|з боку)\s+(?:the\s+)?")]
    private static partial Regex PassiveAgent();

    [GeneratedRegex(@"^-(?:based|backed|made|run|born|linked|aligned|allied|controlled|held|supported|sponsored|funded)\b")]
    private static partial Regex CompoundAdjective();

    /// <summary>"Hezbollah said it had fired ...": the speaker is the subject again.</summary>
    [GeneratedRegex(@"^\s+(?:that\s+)?(?:it|they|its|their|he|she)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ItStruck();

    [GeneratedRegex(@"^\s+(?:accusations|allegations|claims|charges|assertions)\b")]
    private static partial Regex AccusationAfter();

    /// <summary>"опровергли сообщения украинской стороны об ударе": the side whose reports are refuted does not strike.</summary>
    [GeneratedRegex(@"(?:сообщени|заявлени|обвинени|утверждени|повідомлен|звинувачен|твердженн)\p{L}*\s+$")]
    private static partial Regex AccusationBefore();

    [GeneratedRegex(@"\b(?:supported|backed|assisted|aided)\s+by\s+(?:the\s+)?(?:U\.S\.\s+)?$|\bwith\s+(?:the\s+)?support\s+(?:of|from)\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex SupportedBy();
}
