using System.Text.RegularExpressions;
using Scraper.Extraction.Lexicons;
using Scraper.Geo;

namespace Scraper.Extraction;

/// <summary>Who asserts (claimant) and who struck (attacker).</summary>
public sealed partial class StrikeClaimExtractor
{
    private void FindIssuer(ExtractionInput input, IReadOnlyList<Sentence> sentences, DocumentState state)
    {
        if (input.SourceName is { } name && data.Lexicons.Actors.Matches(name).FirstOrDefault(m => m.Value.Issuer) is { } named)
        {
            state.Issuer = named.Value;
            return;
        }

        // "Source: CENTCOM" lines name the issuer outright; otherwise the first issuing body mentioned.
        var issuers = Enumerable.Range(0, sentences.Count).SelectMany(i => ActorsIn(sentences, i, state).Select(m => (s: sentences[i], m))).Where(x => x.m.Value.Issuer).ToList();
        var sourced = issuers.FirstOrDefault(x => SourceLine().IsMatch(x.s.Text.AsSpan(0, x.m.Start)));
        // "Генштаб ЗСУ: ..." — an issuer followed by a colon introduces its own statement.
        var attributed = Enumerable.Range(0, sentences.Count)
            .SelectMany(i => (ActorsIn(sentences, i, state) is { Count: > 0 } actors && state.Lex.Attribution.IsMatch(sentences[i].Text) ? actors
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

        if (input.SourceKind is "ministry" or "monitor")
        {
            state.Issuer = sourced.m?.Value ?? issuers.Select(x => x.m.Value).FirstOrDefault();
        }
        else if (attributedIssuers.Count == 1)
        {
            // A news item relaying one ministry or monitor: its unattributed sentences are that statement.
            state.RelayClaimant = attributedIssuers[0];
            // The outlet's own account before the statement is first cited ("Saba: strikes hit X ... The Pentagon
            // claimed ...") is not the statement; a headline right before it is.
            state.RelayFrom = Math.Max(0, attributed[0].i - 1);
        }
        else if (attributedIssuers.Count == 0 && AttributedOfficials(sentences, state) is [var (first, official), ..] officials
            && (officials.Count == 1 || first <= 3))
        {
            // A news item retelling a governor's post ("Губернатор ... Гладков рассказал в Telegram ..."), cited in
            // its lead: the same. The person is remembered for the claims that follow.
            _ = ClaimantName(official, ActorsIn(sentences, first, state), sentences[first].Text, state);
            state.RelayClaimant = official;
            state.RelayFrom = Math.Max(0, first - 1);
        }
    }

    /// <summary>Officials named in a sentence with a verb of saying, each once, with the first such sentence.</summary>
    private List<(int Sentence, ActorEntry Official)> AttributedOfficials(IReadOnlyList<Sentence> sentences, DocumentState state) =>
        Enumerable.Range(0, sentences.Count)
            .Where(i => state.Lex.Attribution.IsMatch(sentences[i].Text))
            .SelectMany(i => ActorsIn(sentences, i, state).Where(m => m.Value.Type == "official").Select(m => (i, m.Value)))
            .GroupBy(x => x.Value.Id, StringComparer.Ordinal).Select(g => g.First()).ToList();

    private IReadOnlyList<AliasMatch<ActorEntry>> ActorsIn(IReadOnlyList<Sentence> sentences, int i, DocumentState state) =>
        state.ActorsBySentence[i] ??= data.Lexicons.Actors.Matches(sentences[i].Text);

    private PlaceContext DocumentContext(string text, string language)
    {
        var countries = new HashSet<string>(data.Countries.Matches(text).Select(m => m.Value), StringComparer.Ordinal);
        if (language is "uk" or "ru")
        {
            countries.Add("UA");
            countries.Add("RU");
        }

        return new PlaceContext(countries, new HashSet<(string, string)>());
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

    private ActorEntry? ResolveClaimant(string text, IReadOnlyList<AliasMatch<ActorEntry>> actors, DocumentState state, DateMention? date = null)
    {
        var cueMatches = state.Lex.Attribution.Matches(text);
        var cues = cueMatches.Select(m => m.Index).ToList();
        ActorEntry? claimant = null;
        var continued = false;
        if (cues.Count > 0)
        {
            var speakers = actors.Where(a => a.Value.CanClaim && !TargetPreposition().IsMatch(text[Math.Max(0, a.Start - 12)..a.Start])).ToList();
            // The subject of "said" ("..., health officials said"; "according to the Observatory") is the claimant,
            // even when a ministry is named elsewhere in the sentence as the one that struck.
            var bound = speakers.Where(a => cueMatches.Any(c => BoundToCue(text, a, c, actors, state.Lex))).ToList();
            var best = (bound.Count > 0 ? bound : speakers)
                .OrderByDescending(a => TypeRank(a.Value))
                .ThenBy(a => cues.Min(c => Math.Abs(c - a.Start)))
                .FirstOrDefault();
            claimant = best?.Value switch
            {
                null when NamedOfficialIn(text, state) is { } official => official,
                // "– зазначив він", "he said": the official named last.
                null => state.PreviousWasAttributed || state.LastClaimant?.Type == "official" ? state.LastClaimant : state.Issuer ?? state.RelayClaimant,
                // "the ministry said": the ministry last named, else the one the report relays, before any other speaker.
                { Type: "generic" } => state.Issuer ?? (state.LastClaimant is { Type: "ministry" } ? state.LastClaimant : null)
                    ?? (state.RelayClaimant is { Type: "ministry" } ? state.RelayClaimant : null) ?? state.LastClaimant ?? state.RelayClaimant,
                var v => v,
            };
        }
        else if (state.Input.SourceKind is "ministry" or "monitor")
        {
            claimant = state.Issuer;
        }
        else if (state.PreviousWasAttributed && (state.Lex.Continuation.IsMatch(text) || state.LastClaimant?.Type == "official"))
        {
            // An official's account goes on in the next sentence without a new "said" (a quote, the next incident).
            claimant = state.LastClaimant;
            continued = true;
        }
        else if (state.Current >= state.RelayFrom && (date is null || state.LastDate is not { } relayed || Math.Abs(date.Start.DayNumber - relayed.Start.DayNumber) <= 1))
        {
            claimant = state.RelayClaimant;
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

    private string? ResolveAttacker(string text, int trigger, IReadOnlyList<AliasMatch<ActorEntry>> actors, ActorEntry? claimant, DocumentState state, IReadOnlyList<PlaceMention> found)
    {
        string? attacker = null;
        // "a Britain-based monitor", "Iran-backed groups": a name inside a compound adjective is not the one striking.
        var candidates = actors.Where(a => a.Value.Attacker is not null && a.Value.Type is not ("media" or "monitor" or "activists" or "generic" or "official")
            && !CompoundAdjective().IsMatch(text.AsSpan(a.End))).ToList();
        var before = candidates.Where(a => a.Start < trigger && !TargetPreposition().IsMatch(text[Math.Max(0, a.Start - 12)..a.Start])).ToList();
        var enemy = state.Lex.Enemy.Match(text);
        var pronoun = state.Lex.PronounAttacker.Match(text);
        // "Противник завдав ударів" (the enemy as subject), not "уразили пункт управління противника" (the enemy as target).
        var enemyIsSubject = enemy.Success && (enemy.Index < trigger ? !before.Any(a => a.Start > enemy.Index) : before.Count == 0 && enemy.Index < trigger + 15);
        if (enemyIsSubject && ((claimant ?? state.Issuer)?.Enemy ?? state.Lex.DefaultEnemy) is { } e)
        {
            state.EnemyActs = true;
            attacker = e;
        }
        else if (pronoun.Success && pronoun.Index < trigger + 20 && claimant?.Attacker is { } own)
        {
            attacker = own;
        }
        else if (before.Count > 0)
        {
            // The actor nearest before the strike word is its subject ("Russian jets ... struck").
            attacker = before.OrderByDescending(a => a.Value.Type is "forces" or "armed_group" or "state" or "ministry" ? a.Start : -1).First().Value.Attacker;
        }
        else if (state.Language == "ar" && candidates.FirstOrDefault(a => a.Start > trigger && a.Start - trigger < 30) is { } subject)
        {
            // Arabic puts the verb first: "قصفت قوات النظام ..." (the regime forces shelled).
            attacker = subject.Value.Attacker;
        }
        else if (PassiveAgent().Match(text, trigger) is { Success: true } by && candidates.FirstOrDefault(a => a.Start == by.Index + by.Length) is { } agent)
        {
            // "strikes by Russian jets", "удары российской авиации" name the attacker after the strike word.
            attacker = agent.Value.Attacker;
        }

        if (attacker is not null)
        {
            state.LastAttacker = attacker;
            return attacker;
        }

        var country = found.FirstOrDefault(p => p.Entry is not null)?.Entry?.Country;
        if (country is not null && state.AttackerByCountry.TryGetValue(country, out var byCountry))
        {
            return byCountry;
        }

        var speaker = claimant ?? state.Issuer;
        return state.LastAttacker ?? (state.EnemyActs && speaker?.Enemy is { } en ? en : speaker?.Attacker)
            ?? (country is null ? null : data.Lexicons.EnemyByCountry.GetValueOrDefault(country));
    }

    /// <summary>An official named earlier in the document, met again by surname alone ("написал Гладков").</summary>
    private static ActorEntry? NamedOfficialIn(string text, DocumentState state)
    {
        foreach (var (stem, actor) in state.NamedOfficials)
        {
            var i = text.IndexOf(stem, StringComparison.Ordinal);
            if (i >= 0 && (i == 0 || !char.IsLetter(text[i - 1])))
            {
                return actor;
            }
        }

        return null;
    }

    /// <summary>"X said", "X also reported", "X, the governor, said", "according to X", "said X".</summary>
    /// <remarks>Other actor names in the gap are skipped: in "SOHR activists have documented" both are bound.</remarks>
    private static bool BoundToCue(string text, AliasMatch<ActorEntry> actor, Match cue, IReadOnlyList<AliasMatch<ActorEntry>> actors, LanguageLexicon lex)
    {
        if (cue.Index >= actor.Start && cue.Index < actor.End)
        {
            return true;
        }

        var (from, to) = actor.End <= cue.Index ? (actor.End, cue.Index) : (cue.Index + cue.Length, actor.Start);
        if (to < from || (actor.Start > cue.Index && !lex.Source.IsMatch(text[cue.Index..actor.Start])))
        {
            // After a verb of saying the next name is usually the subject of what was said ("said Russia launched").
            return false;
        }

        var gap = new System.Text.StringBuilder(text, from, to - from, to - from);
        foreach (var other in actors.Where(a => a.Start >= from && a.End <= to).OrderByDescending(a => a.Start))
        {
            gap.Remove(other.Start - from, other.Length);
        }

        return actor.End <= cue.Index ? SpeakerGapBefore().IsMatch(gap.ToString()) : SpeakerGapAfter().IsMatch(gap.ToString());
    }

    private static string ClaimantName(ActorEntry claimant, IReadOnlyList<AliasMatch<ActorEntry>> actors, string text, DocumentState state)
    {
        var match = actors.FirstOrDefault(a => a.Value == claimant);
        var title = claimant.Claimant.Length > 0 ? claimant.Claimant : match?.Text ?? "unattributed";
        if (claimant.Type != "official")
        {
            return title;
        }

        if (match is null)
        {
            return Remembered(claimant, title, state);
        }

        // "regional governor Oleh Kiper", "глава города Иван Приходько", "Alexander Bogomaz, governor of ...": an
        // official is named with the person (in Latin letters).
        var name = PersonName().Match(text, match.End);
        var before = PersonBefore().Match(text[..match.Start]);
        var person = name.Success && name.Index == match.End ? name.Groups["name"].Value : before.Success ? before.Groups["name"].Value : null;
        if (person is null)
        {
            return Remembered(claimant, title, state);
        }

        var latin = AnyAscii.Transliteration.Transliterate(person.Trim());
        state.PersonByActor[claimant.Id] = latin;
        // The surname without its case ending ("Гладков", "Гладкова"); short ones are too ambiguous to look for.
        var surname = person.Trim().Split(' ')[^1];
        if (surname.Length >= 5)
        {
            state.NamedOfficials.Add((surname[..Math.Max(4, surname.Length - 2)], claimant));
        }

        return title + " " + latin;
    }

    /// <summary>"по данным главы региона" after "губернатор ... Вячеслав Гладков": the person named before.</summary>
    private static string Remembered(ActorEntry claimant, string title, DocumentState state) =>
        state.PersonByActor.TryGetValue(claimant.Id, out var known) ? title + " " + known : title;

    private static string ClaimantType(ActorEntry claimant) => claimant.Type switch
    {
        "ministry" or "forces" => "ministry",
        "state" or "official" => "official",
        "armed_group" => "armed_group",
        var t => t,
    };

    [GeneratedRegex(@"(?:against|on|at|into|toward|towards|over|targeting|targeted|hit|struck|по|на|проти|против|على|ضد)\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex TargetPreposition();

    [GeneratedRegex(@"\G\S*(?:\s+\p{Lu}[\p{L}-]*){0,2}\s+(?:carried out\s+)?(?:by|от|со стороны|з боку)\s+(?:the\s+)?")]
    private static partial Regex PassiveAgent();

    [GeneratedRegex(@"^[\s,]*(?:(?:also|has|have|had|was|were|later|earlier|previously|then|further|separately|on\s+\w+|in\s+a\s+statement|the\s+[\w-]+(?:\s+[\w-]+)?,|\p{Lu}[\w'’-]+(?:\s+\p{Lu}[\w'’-]+)?,|также|ранее|також|раніше)[\s,]+)*$")]
    private static partial Regex SpeakerGapBefore();

    [GeneratedRegex(@"^\s*(?:(?:by|to|from|the|a|an|its|in|from|of)\s+)*$", RegexOptions.IgnoreCase)]
    private static partial Regex SpeakerGapAfter();

    [GeneratedRegex(@"^-(?:based|backed|made|run|born|linked|aligned|allied|controlled|held|supported|sponsored|funded)\b")]
    private static partial Regex CompoundAdjective();

    [GeneratedRegex(@"\G(?:\s+\p{Lu}\p{Ll}+(?:ской|ского|ськой|ської|ського|ского)(?=\s+(?:области|області|района|району|края|краю|округа|округу)))?(?:\s+(?:региона|области|області|города|міста|района|району|края|краю|округа|округу))?(?:\s+\p{Lu}\p{Ll}+[аяиыі](?=(?:\s+\p{Lu}\p{Ll}+){2}))?(?<name>(?:\s+\p{Lu}[\p{Ll}'’ʼ-]+){1,3})")]
    private static partial Regex PersonName();

    [GeneratedRegex(@"(?<name>\p{Lu}[\p{Ll}'’ʼ-]+\s+\p{Lu}[\p{Ll}'’ʼ-]+),\s+(?:the\s+)?(?:\p{Ll}+\s+)?(?:\p{Lu}\p{Ll}+(?:ської|ской|ського|ского)\s+)?$")]
    private static partial Regex PersonBefore();

    [GeneratedRegex(@"^\s*:")]
    private static partial Regex ColonAfter();

    [GeneratedRegex(@"(?:Source|Источник|Джерело|المصدر)\s*:\s*$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex SourceLine();
}
