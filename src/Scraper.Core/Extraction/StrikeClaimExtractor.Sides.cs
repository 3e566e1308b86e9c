using System.Text.RegularExpressions;
using Scraper.Extraction.Lexicons;

namespace Scraper.Extraction;

/// <summary>Sentences that name strikes of both sides, and the side named as the subject of a strike or launch verb.</summary>
public sealed partial class StrikeClaimExtractor
{
    /// <summary>
    /// "with a Russian strike killing two in a village outside Kharkiv and a Ukrainian drone setting a substation on fire
    /// in Russia's Voronezh region": when a sentence names strikes of two sides, each place is struck by the side whose
    /// strike or weapon is named last before it. Null when the sentence names one side only.
    /// </summary>
    private IReadOnlyList<(int Start, string Attacker)>? StrikesOfEachSide(string text, IReadOnlyList<AliasMatch<ActorEntry>> actors, DocumentState state)
    {
        List<(int, string)>? named = null;
        var verbs = state.Lex.StrikeTriggers.Matches(text).ToList();
        foreach (var a in actors.Where(a => a.Value is { Attacker: not null, Type: "state" or "forces" }))
        {
            // "destroyed two Ukrainian HIMARS launchers": a weapon right after a strike verb is what was struck.
            if (verbs.LastOrDefault(v => v.Index + v.Length <= a.Start) is { } verb && ObjectGap().IsMatch(text.AsSpan(verb.Index + verb.Length, a.Start - verb.Index - verb.Length)))
            {
                continue;
            }

            var next = SideWord().Match(text, a.End);
            var word = next.Index + next.Length;
            // The alias may hold the weapon itself ("Ukrainian drone").
            if (data.Lexicons.Weapons.Matches(a.Text).Any() || state.Lex.StrikeNouns.IsMatch(a.Text)
                || (next.Success && (state.Lex.StrikeNouns.Match(text, word) is { Success: true } noun && noun.Index == word
                    || data.Lexicons.Weapons.Matches(text[word..Math.Min(text.Length, word + 40)]).FirstOrDefault() is { Start: 0 })))
            {
                (named ??= []).Add((a.Start, a.Value.Attacker!));
            }
        }

        return named is { Count: >= 2 } && named.Select(n => n.Item2).Distinct(StringComparer.Ordinal).Count() > 1 ? named : null;
    }

    /// <summary>The side named as the subject of a launch or strike verb before <paramref name="start"/> ("Russia launched ..."), if any.</summary>
    private static string? SubjectBefore(string text, int start, IReadOnlyList<AliasMatch<ActorEntry>> actors, LanguageLexicon lex) =>
        actors.LastOrDefault(a => a.End <= start && a.Value is { Attacker: not null, Type: "state" or "forces" } && !PossessiveEnd().IsMatch(a.Text)
            && (VerbRightAfter(lex.Launch, text, a.End) || VerbRightAfter(lex.StrikeTriggers, text, a.End)))?.Value.Attacker;

    /// <summary>
    /// "Ukraine's military said it had struck a refinery ..., while Russia pounded energy facilities around Kyiv": a clause
    /// opened by "while" with a side striking gives the places after it to that side.
    /// </summary>
    private static string? ContrastedSubjectBefore(string text, int start, IReadOnlyList<AliasMatch<ActorEntry>> actors, LanguageLexicon lex) =>
        actors.LastOrDefault(a => a.End <= start && a.Value is { Attacker: not null, Type: "state" or "forces" }
            && ContrastBefore().IsMatch(text.AsSpan(0, a.Start))
            && (VerbRightAfter(lex.Launch, text, a.End) || VerbRightAfter(lex.StrikeTriggers, text, a.End)))?.Value.Attacker;

    [GeneratedRegex(@"(?:,|;)\s*(?:while|whereas|as|but|and)\s+$", RegexOptions.RightToLeft)]
    private static partial Regex ContrastBefore();

    private static bool VerbRightAfter(PhraseMatcher verbs, string text, int end) => verbs.Match(text, end) is { Success: true } verb && verb.Index - end <= 2;

    [GeneratedRegex(@"^\s*(?:[\w-]+\s+){0,2}$")]
    private static partial Regex ObjectGap();

    /// <summary>The word after an actor's adjective, skipping a hyphenated modifier ("Russian drone", "Ukrainian long-range drone").</summary>
    [GeneratedRegex(@"\G\s+(?:[\p{L}]+-[\p{L}]+\s+)?(?=\p{L})")]
    private static partial Regex SideWord();
}
