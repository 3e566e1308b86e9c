using System.Text.RegularExpressions;
using Scraper.Extraction.Lexicons;
using Scraper.Geo;

namespace Scraper.Extraction;

/// <summary>Who asserts a claim: the document's issuer or relayed speaker, the speaker bound to a verb of saying, and how they are named.</summary>
public sealed partial class StrikeClaimExtractor
{
    private void FindIssuer(ExtractionInput input, IReadOnlyList<Sentence> sentences, DocumentState state)
    {
        state.LeadMinistry = LeadMinistry(sentences, state);
        if (input.SourceName is { } name && data.Lexicons.Actors.Matches(name).FirstOrDefault(m => m.Value.Issuer) is { } named)
        {
            state.Issuer = named.Value;
            return;
        }

        // "Source: CENTCOM" lines name the issuer outright; otherwise the first issuing body mentioned.
        var issuers = Enumerable.Range(0, sentences.Count).SelectMany(i => ActorsIn(sentences, i, state).Select(m => (s: sentences[i], m))).Where(x => x.m.Value.Issuer).ToList();
        var sourced = issuers.FirstOrDefault(x => SourceLine().IsMatch(x.s.Text.AsSpan(0, x.m.Start)));
        // Which sentences carry a verb of saying (only those naming an actor are looked at).
        var said = sentences.Select((x, i) => ActorsIn(sentences, i, state).Count > 0 && state.Lex.Attribution.IsMatch(x.Text)).ToArray();
        // "Генштаб ЗСУ: ..." — an issuer followed by a colon introduces its own statement.
        var attributed = Enumerable.Range(0, sentences.Count)
            .SelectMany(i => (said[i] ? ActorsIn(sentences, i, state)
                : ActorsIn(sentences, i, state).Where(m => ColonAfter().IsMatch(sentences[i].Text.AsSpan(m.End)))).Select(m => (i, m)))
            .Where(x => x.m.Value.Issuer).ToList();
        var attributedIssuers = attributed.Select(x => x.m.Value).Distinct().ToList();
        // "Олександр Прокудін, начальник Херсонської ОВА:" — a post opening with an official and a colon is theirs.
        if (sentences.Count > 0 && ActorsIn(sentences, 0, state).FirstOrDefault(m => m.Value.Type == "official" && ColonAfter().IsMatch(sentences[0].Text.AsSpan(m.End))) is { } opener)
        {
            _ = ClaimantName(opener.Value, ActorsIn(sentences, 0, state), sentences[0].Text, state);
            if (input.SourceKind is "ministry" or "monitor")
            {
                state.Issuer = opener.Value;
            }
            else
            {
                state.RelayClaimant = opener.Value;
            }

            return;
        }

        if (input.SourceKind is "ministry" or "monitor" && sentences.Count > 1 && SignedBy(sentences[^1].Text, ActorsIn(sentences, sentences.Count - 1, state)) is { } signature)
        {
            // A post signed at its foot ("Дніпропетровська ОВА") is the signer's, whoever else it names.
            state.Issuer = signature;
            state.IssuerRegion = places.OblastOfAuthority(sentences[^1].Text, PlaceContext.Empty);
        }
        else if (input.SourceKind is "ministry" or "monitor")
        {
            // A monitor's page is the monitor's, even when a ministry it quotes is named first.
            state.Issuer = sourced.m?.Value ?? issuers.Select(x => x.m.Value).FirstOrDefault(a => input.SourceKind == "monitor" && a.Type == "monitor")
                ?? issuers.Select(x => x.m.Value).FirstOrDefault();
            if (state.Issuer is null && sentences.Count > 0 && state.Language is "ru" or "uk" && data.Lexicons.ActorsById.GetValueOrDefault("governor") is { } governor
                && (sentences.Take(3).Select(s => OblastOfPost(s.Text, state)).FirstOrDefault(o => o is not null) ?? OblastOfTownsListed(sentences, state)) is { } oblast)
            {
                // An authority's own post that names no one: "Обстановка в Белгородской области за прошедшие сутки",
                // "Харківщина: наслідки ворожих обстрілів" is the regional authority's daily report. The region may
                // come after a greeting ("Друзья, рассказываю об обстановке в регионе ...").
                state.Issuer = governor;
                state.IssuerRegion = oblast;
            }
            else if (state.Issuer is null && ((state.Language == "uk" && sentences.Take(3).Any(x => state.Lex.PronounAttacker.IsMatch(x.Text)))
                    || (state.Language == "en" && OurTroops().IsMatch(input.Text) && state.Lex.Enemy.IsMatch(input.Text) && !input.Text.Contains("IDF", StringComparison.Ordinal)))
                && data.Lexicons.ActorsById.GetValueOrDefault("ua_general_staff") is { } staff)
            {
                // An unsigned Ukrainian military post crediting "Сили оборони" with strikes is the General Staff's report; so
                // is its English edition ("the enemy attacked the positions of our troops").
                state.Issuer = staff;
            }
        }
        else if (CitedInSourceLine(sentences, state) is { } cited)
        {
            state.RelayClaimant = cited;
        }
        else if (AttributedOfficials(sentences, said, state) is [var (first, official), ..] officials && (officials.Count == 1 || first <= 3)
            && (attributedIssuers.Count == 0 || (first <= 3 && official.Scope is not null
                && first < attributed.Where(x => x.m.Value.Type != "official").Select(x => x.i).DefaultIfEmpty(int.MaxValue).Min())))
        {
            // A news item retelling a governor's post ("Губернатор ... Гладков рассказал в Telegram ..."), cited in
            // its lead before any ministry (a regional or city official): the same. The person is remembered for the
            // claims that follow.
            _ = ClaimantName(official, ActorsIn(sentences, first, state), sentences[first].Text, state);
            state.RelayClaimant = official;
            state.RelayFrom = Math.Max(0, first - 1);
            // "атак ... на Белгородскую область, сообщил губернатор региона": the one oblast of the lead is the official's.
            state.IssuerRegion = places.OblastsNamedIn(sentences[first].Text, PlaceContext.Empty).DistinctBy(e => (e.Country, e.Admin1)).ToList() is [var only] ? only : null;
        }
        else if (attributedIssuers.Count > 1)
        {
            // "Генштаб: ... Про це повідомляє Генеральний штаб ЗСУ ... Сили ППО збили ..., повідомили Повітряні сили":
            // each unattributed stretch relays the issuer cited last before it (or right after, as a back-reference).
            foreach (var (i, m) in attributed.OrderBy(x => x.i))
            {
                if (state.RelaySequence.Count == 0 || state.RelaySequence[^1].Issuer != m.Value)
                {
                    var backReference = state.Lex.BackReference.Match(sentences[i].Text) is { Success: true, Index: < 3 };
                    state.RelaySequence.Add((backReference ? Math.Max(0, i - 1) : i, m.Value));
                }
            }
        }
        else if (attributedIssuers.Count == 1)
        {
            // A news item relaying one ministry or monitor: its unattributed sentences are that statement.
            state.RelayClaimant = attributedIssuers[0];
            // The outlet's own account before the statement is first cited ("Saba: strikes hit X ... The Pentagon
            // claimed ...") is not the statement; a headline or lead right before it is, the outlet's own paragraph
            // further down ("وفي سياق متصل، قصفت قوات الاحتلال ...") is not.
            state.RelayFrom = attributed[0].i <= 2 ? Math.Max(0, attributed[0].i - 1) : attributed[0].i;
        }
    }

    /// <summary>Officials named in a sentence with a verb of saying, each once, with the first such sentence.</summary>
    private List<(int Sentence, ActorEntry Official)> AttributedOfficials(IReadOnlyList<Sentence> sentences, bool[] said, DocumentState state) =>
        Enumerable.Range(0, sentences.Count)
            .Where(i => said[i])
            .SelectMany(i => ActorsIn(sentences, i, state).Where(m => m.Value.Type == "official").Select(m => (i, m.Value)))
            .GroupBy(x => x.Value.Id, StringComparer.Ordinal).Select(g => g.First()).ToList();

    private ActorEntry? ResolveClaimant(string text, IReadOnlyList<AliasMatch<ActorEntry>> actors, DocumentState state, DateMention? date = null)
    {
        // "Russia's Defense Ministry denied that its forces had struck ...": a denial is said by someone too.
        var cueMatches = state.Lex.Attribution.Matches(text).Concat(state.Lex.Denial.Matches(text)).OrderBy(m => m.Index).ToList();
        var cues = cueMatches.Select(m => m.Index).ToList();
        ActorEntry? claimant = null;
        var continued = false;
        if (cues.Count > 0)
        {
            // "по объектам ВПК Украины, сообщили в Минобороны РФ": a state in the genitive after a noun is what was
            // struck, not who speaks.
            // "struck two command posts of Hayat Tahrir al-Sham ..., the ministry said": a group owning what was hit is no speaker.
            var venueAt = SpeakerVenue.Opening(text) is { Success: true } opening ? opening.Index : -1;
            var speakers = actors.Where(a => a.Value.CanClaim && !TargetPreposition().IsMatch(text[Math.Max(0, a.Start - 12)..a.Start])
                && !OwnerOfTarget().IsMatch(text[Math.Max(0, a.Start - 40)..a.Start])
                // "Iran-backed militants": a name inside a compound adjective does not speak.
                && !CompoundAdjective().IsMatch(text.AsSpan(a.End))
                && !(a.Value.Type == "state" && GenitiveModifier().IsMatch(text[Math.Max(0, a.Start - 20)..a.Start]))
                // "قال مسؤول إن هجوما روسيا أصاب ...": a state after an attack noun is its adjective ("a Russian attack").
                && !(a.Value.Type == "state" && AttackNounBefore().IsMatch(text.AsSpan(0, a.Start)))
                // "The Britain-based monitor, which relies on sources inside Syria, said": a name in an aside does not speak.
                && !InRelativeClause(text, a.Start)
                // "injuring three residents, ... Gov. Andrei Vorobyov said": people counted are victims, not speakers.
                && !(a.Value.Type == "activists" && CountedBefore().IsMatch(text.AsSpan(0, a.Start)))
                // "a source in the agency told Reuters", "источник сообщил РИА Новости": the outlet told is no speaker, nor is
                // the agency of a dateline ("KYIV, Feb 11 (Reuters) - ...").
                && !(a.Value.Type == "media" && (ToldBefore().IsMatch(text.AsSpan(0, a.Start)) || DatelineAfter().IsMatch(text.AsSpan(a.End))))
                // "In Moscow, the defence ministry said": the capital is where it speaks from, not who speaks.
                && a.Start != venueAt).ToList();
            // The subject of "said" ("..., health officials said"; "according to the Observatory") is the claimant,
            // even when a ministry is named elsewhere in the sentence as the one that struck.
            var bound = speakers.Where(a => cueMatches.Any(c => BoundToCue(text, a, c, actors, state.Lex))).ToList();
            // Unbound, a name inside what was said ("reported that Israeli warplanes struck") is the last resort.
            var best = (bound.Count > 0 ? bound : speakers)
                .OrderBy(a => cueMatches.Any(c => c.Index + c.Length <= a.Start && ReportedClause().IsMatch(text, c.Index + c.Length)) ? 1 : 0)
                .ThenByDescending(a => TypeRank(a.Value))
                .ThenBy(a => cues.Min(c => Math.Abs(c - a.Start)))
                .FirstOrDefault();
            claimant = best is null ? null : Possessor(text, best, actors, state);
            // "It said an airstrike ... had killed a Hezbollah commander"; "..., it said, adding that rescuers ...": a
            // pronoun speaker is whoever spoke last, not a name inside what was said.
            if (state.LastClaimant is not null && PronounSpeaker().Match(text) is { Success: true } pronoun && bound.All(a => a.Start > pronoun.Index))
            {
                best = null;
                claimant = state.LastClaimant;
            }

            if (claimant is null && bound.Count == 0 && best is not null && NamedOfficialIn(text, state) is { } named)
            {
                // "Khinshtein said a drone attack ... injured the driver, who was taken to hospital": the official named
                // before by surname speaks, not a name inside what was said.
                claimant = named;
            }

            claimant = claimant ?? best?.Value switch
            {
                null when NamedOfficialIn(text, state) is { } official => official,
                // "– зазначив він", "he said": the official named last.
                null => state.PreviousWasAttributed || state.LastClaimant?.Type == "official" ? state.LastClaimant : state.Issuer ?? state.RelayClaimant,
                // "according to the agency": the news agency that spoke last.
                // "Drones operated by Ukraine's SBU security service struck ..., a source in the agency told Reuters": the
                // security or intelligence agency named before it in the sentence.
                { Refers: "agency" } when actors.FirstOrDefault(a => a.Value.Type == "ministry" && a.End <= best!.Start && SecurityAgency().IsMatch(a.Value.Claimant)) is { } service => service.Value,
                { Refers: "agency" } when LastNamed(state, "media") is { } agency => agency,
                // "The Britain-based monitor ... said": the monitor named last.
                { Refers: "monitor" } when LastNamed(state, "monitor") is { } monitor => monitor,
                // "The group also claimed attacks on ...": the armed group named last.
                { Refers: "group" } when LastNamed(state, "armed_group") is { } group => group,
                // "In Moscow, the defence ministry said": the ministry of the capital it speaks from.
                { Refers: "ministry" or "military" } when VenueMinistry(text, actors) is { } venue => venue,
                // "وبحسب البيان" (according to the statement): the statement of whoever spoke last.
                { Refers: "statement" } when state.LastClaimant is { } speaker => speaker,
                // "The ministry also said ..." after a governor spoke: the ministry named last, not the governor.
                { Refers: "ministry" } when state.LastClaimant is { Type: not "ministry" }
                    && LastNamed(state, a => a.Type == "ministry" && a.Claimant.Contains("Ministry", StringComparison.Ordinal), best!.Start) is { } ministry => ministry,
                // "the ministry said Russian forces on Friday launched a massive strike" in a report whose issuer is no
                // ministry: the ministry of the forces it speaks for.
                { Refers: "ministry" } when state.Issuer?.Claimant.Contains("Ministry", StringComparison.Ordinal) != true
                    && OwnForcesMinistry(text, actors, best!.End) is { } own => own,
                // "..., the military said" after the health ministry spoke: the military last named.
                { Refers: "military" } when state.LastClaimant is not { Type: "ministry" }
                    && LastNamed(state, a => a is { Type: "ministry", Issuer: true }, best!.Start) is { } military => military,
                // "the ministry said": the ministry last named, else the one the report relays, before any other speaker.
                { Type: "generic" } => state.Issuer ?? (state.LastClaimant is { Type: "ministry" } || state.LastClaimant?.Claimant.Contains("Ministry", StringComparison.Ordinal) == true ? state.LastClaimant : null) ?? state.LeadMinistry
                    ?? (state.RelayClaimant is { Type: "ministry" } ? state.RelayClaimant : null) ?? state.LastClaimant ?? state.RelayClaimant,
                var v => v,
            };
        }
        else if (state.Input.SourceKind is "ministry" or "monitor")
        {
            claimant = state.Issuer;
        }
        else if (state.PreviousWasAttributed && (state.Lex.Continuation.IsMatch(text) || state.LastClaimant?.Type == "official") && !Background(date, state)
            && !(state.LastClaimant is { Type: "armed_group", Attacker: { } own } && actors.Any(a => a.Value.Attacker is { } other && other != own && a.Value.Type is not ("generic" or "media" or "monitor"))))
        {
            // An armed group's account of its own attacks does not go on to the enemy's strikes ("Israeli shelling also struck ...").
            // An official's account goes on in the next sentence without a new "said" (a quote, the next incident).
            claimant = state.LastClaimant;
            continued = true;
        }
        else if (state.Current >= state.RelayFrom && (date is null || state.LastDate is not { } relayed || Math.Abs(date.Start.DayNumber - relayed.Start.DayNumber) <= 1))
        {
            claimant = state.RelayClaimant ?? state.RelaySequence.LastOrDefault(r => r.From <= state.Current).Issuer;
        }

        // else: "Earlier this month, on Feb. 1, a missile hit ..." in a report relaying today's statement is the
        // outlet's own background, not more of the statement.
        state.PreviousWasAttributed = claimant is not null && (cues.Count > 0 || continued);
        if (claimant is not null)
        {
            state.LastClaimant = claimant;
        }

        return claimant;
    }

    /// <summary>"... took place on December 5, 2022, when drones also struck ...": a date days away from the report is the outlet's background, not the speaker's account.</summary>
    private static bool Background(DateMention? date, DocumentState state) =>
        date is not null && (state.Input.Published ?? state.LastDate?.Start) is { } now && Math.Abs(date.Start.DayNumber - now.DayNumber) > 3;

    private ActorEntry? VenueMinistry(string text, IReadOnlyList<AliasMatch<ActorEntry>> actors) =>
        SpeakerVenue.Opening(text) is { Success: true } venue && actors.FirstOrDefault(a => a.Start == venue.Index && a.Value.Type == "state") is { } state
            ? DefenceMinistryOf(state.Value.Attacker)
            : null;

    /// <summary>The defence ministry of forces named right after its verb of saying ("said Russian forces ..." → Russia's).</summary>
    private ActorEntry? OwnForcesMinistry(string text, IReadOnlyList<AliasMatch<ActorEntry>> actors, int from) =>
        // Forces named in full ("Russian forces"), not an adjective ("denied Ukrainian accusations").
        actors.FirstOrDefault(a => a.Start >= from && a.Value.Type == "forces" && a.Value.Attacker is not null) is { } forces && forces.Text.Contains(' ', StringComparison.Ordinal)
            && SaidThen().IsMatch(text.AsSpan(from, forces.Start - from))
            ? DefenceMinistryOf(forces.Value.Attacker)
            : null;

    /// <summary>A last line that is only a claimant's name, perhaps with its region ("Дніпропетровська ОВА").</summary>
    private static ActorEntry? SignedBy(string line, IReadOnlyList<AliasMatch<ActorEntry>> actors) =>
        actors is [{ Value: { Type: "official" or "ministry" or "monitor" } actor } only]
        && line.Length < 60 && SignatureRest().IsMatch(line.Remove(only.Start, only.Length)) ? actor : null;

    private static string ClaimantType(ActorEntry claimant) => claimant.Type switch
    {
        "ministry" or "forces" => "ministry",
        "state" or "official" => "official",
        "armed_group" => "armed_group",
        var t => t,
    };

    [GeneratedRegex(@"\b(?:posts?|positions?|targets?|hideouts?|facilities|depots?|bases?|fighters|militants|members|cells?|infrastructure|headquarters|commanders?|launchers?|workshops?|strongholds?)\s+of\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex OwnerOfTarget();

    [GeneratedRegex(@"(?:^|,\s*)(?:it|he|she|they)\s+(?:also\s+)?(?:said|added|reported|stated)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PronounSpeaker();

    [GeneratedRegex(@"\bour\s+(?:troops|defenders|units|aviation|soldiers|positions)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OurTroops();

    [GeneratedRegex(@"^\s*:")]
    private static partial Regex ColonAfter();

    [GeneratedRegex(@"(?:Source|Источник|Джерело|المصدر)\s*:\s*$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex SourceLine();

    [GeneratedRegex(@"\p{Ll}{3}[а-яіїє]\s$")]
    private static partial Regex GenitiveModifier();

    [GeneratedRegex(@"\G\s*(?:that|что|що|أن|بأن)(?!\w)")]
    private static partial Regex ReportedClause();

    // "Дніпропетровська ОВА", "Іван Федоров, начальник Запорізької ОВА": the signer's name and title, nothing else.
    [GeneratedRegex(@"^\s*(?:\p{Lu}[\p{Ll}'’ʼ-]+\s+\p{Lu}[\p{Ll}'’ʼ-]+\s*[,–—-]\s*)?(?:\p{L}+\s*){0,2}[.\s]*$")]
    private static partial Regex SignatureRest();

    [GeneratedRegex(@"^\)\s*[-–—]")]
    private static partial Regex DatelineAfter();

    [GeneratedRegex(@"^[\s,]*\p{L}+(?:\s+that)?\s+$")]
    private static partial Regex SaidThen();
}
