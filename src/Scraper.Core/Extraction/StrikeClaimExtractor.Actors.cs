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
        var attributedIssuers = Enumerable.Range(0, sentences.Count)
            .SelectMany(i => ActorsIn(sentences, i, state) is { Count: > 0 } actors && state.Lex.Attribution.IsMatch(sentences[i].Text) ? actors
                : ActorsIn(sentences, i, state).Where(m => ColonAfter().IsMatch(sentences[i].Text.AsSpan(m.End))))
            .Where(m => m.Value.Issuer).Select(m => m.Value).Distinct().ToList();
        if (input.SourceKind is "ministry" or "monitor")
        {
            state.Issuer = sourced.m?.Value ?? issuers.Select(x => x.m.Value).FirstOrDefault();
        }
        else if (attributedIssuers.Count == 1)
        {
            // A news item relaying one ministry or monitor: its unattributed sentences are that statement.
            state.RelayClaimant = attributedIssuers[0];
        }
    }

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

    private ActorEntry? ResolveClaimant(string text, IReadOnlyList<AliasMatch<ActorEntry>> actors, DocumentState state)
    {
        var cues = state.Lex.Attribution.Matches(text).Select(m => m.Index).ToList();
        ActorEntry? claimant = null;
        if (cues.Count > 0)
        {
            var best = actors.Where(a => a.Value.CanClaim && !TargetPreposition().IsMatch(text[Math.Max(0, a.Start - 12)..a.Start]))
                .OrderByDescending(a => TypeRank(a.Value))
                .ThenBy(a => cues.Min(c => Math.Abs(c - a.Start)))
                .FirstOrDefault();
            claimant = best?.Value switch
            {
                null => state.PreviousWasAttributed ? state.LastClaimant : state.Issuer ?? state.RelayClaimant,
                { Type: "generic" } => state.Issuer ?? state.LastClaimant ?? state.RelayClaimant,
                var v => v,
            };
        }
        else if (state.Input.SourceKind is "ministry" or "monitor")
        {
            claimant = state.Issuer;
        }
        else if (state.PreviousWasAttributed && state.Lex.Continuation.IsMatch(text))
        {
            claimant = state.LastClaimant;
        }
        else
        {
            claimant = state.RelayClaimant;
        }

        state.PreviousWasAttributed = claimant is not null && cues.Count > 0;
        if (claimant is not null)
        {
            state.LastClaimant = claimant;
        }

        return claimant;
    }

    private string? ResolveAttacker(string text, int trigger, IReadOnlyList<AliasMatch<ActorEntry>> actors, ActorEntry? claimant, DocumentState state, IReadOnlyList<PlaceMention> found)
    {
        string? attacker = null;
        var candidates = actors.Where(a => a.Value.Attacker is not null && a.Value.Type is not ("media" or "monitor" or "activists" or "generic")).ToList();
        var before = candidates.Where(a => a.Start < trigger && !TargetPreposition().IsMatch(text[Math.Max(0, a.Start - 12)..a.Start])).ToList();
        var enemy = state.Lex.Enemy.Match(text);
        var pronoun = state.Lex.PronounAttacker.Match(text);
        if (enemy.Success && enemy.Index < trigger + 40 && (claimant ?? state.Issuer)?.Enemy is { } e)
        {
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
        return state.LastAttacker ?? (state.HasEnemyWords && speaker?.Enemy is { } en ? en : speaker?.Attacker);
    }

    private static string ClaimantName(ActorEntry claimant, IReadOnlyList<AliasMatch<ActorEntry>> actors) =>
        claimant.Claimant.Length > 0 ? claimant.Claimant : actors.FirstOrDefault(a => a.Value == claimant)?.Text ?? "unattributed";

    private static string ClaimantType(ActorEntry claimant) => claimant.Type switch
    {
        "ministry" or "forces" => "ministry",
        "state" or "official" => "official",
        "armed_group" => "armed_group",
        var t => t,
    };

    [GeneratedRegex(@"(?:against|on|at|into|toward|towards|over|targeting|targeted|hit|struck|по|на|проти|против|على|ضد)\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex TargetPreposition();

    [GeneratedRegex(@"\G\S*\s+(?:carried out\s+)?(?:by|от|з боку)\s+(?:the\s+)?")]
    private static partial Regex PassiveAgent();

    [GeneratedRegex(@"^\s*:")]
    private static partial Regex ColonAfter();

    [GeneratedRegex(@"(?:Source|Источник|Джерело|المصدر)\s*:\s*$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex SourceLine();
}
