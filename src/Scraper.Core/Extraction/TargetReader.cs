using System.Text.RegularExpressions;
using Scraper.Extraction.Lexicons;

namespace Scraper.Extraction;

/// <summary>What was hit: the words after the strike verb, and the named group (or civilians) they mention.</summary>
public static partial class TargetReader
{
    private static readonly System.Buffers.SearchValues<char> ClauseEnd = System.Buffers.SearchValues.Create(",.;:");

    private static readonly string[] Tails =
    [
        " near", " in the area of", " in the areas of", " in the vicinity of", " in", " at", " on", " of", " the", " west of", " east of", " north of", " south of",
        " в районах населённых пунктов", " в районах населенных пунктов", " в районе населенного пункта", " в районе", " в районах", " в", " у", " около", " возле",
        " в районі населеного пункту", " в районах населених пунктів", " в районі", " біля", " поблизу", " по", " на", " في", " على",
    ];

    public static string? Target(string text, int afterTrigger, int placeStart)
    {
        var end = placeStart > afterTrigger ? placeStart : Math.Min(text.Length, afterTrigger + 80);
        var stop = afterTrigger >= text.Length ? -1 : text.AsSpan(afterTrigger).IndexOfAny(ClauseEnd) is var at and >= 0 ? afterTrigger + at : -1;
        if (stop >= 0 && stop < end)
        {
            end = stop;
        }

        // "conducted 3 strikes near Hit": what is left between the verb and the place may be only its preposition.
        var target = " " + LeadingPreposition().Replace(text[afterTrigger..end].Trim(), "");
        for (var trimmed = true; trimmed;)
        {
            trimmed = false;
            foreach (var tail in Tails)
            {
                if (target.EndsWith(tail, StringComparison.OrdinalIgnoreCase))
                {
                    target = " " + target[..^tail.Length].Trim();
                    trimmed = true;
                }
            }
        }

        target = target.Trim();
        return target.Length is > 2 and < 120 ? target : null;
    }

    public static string? Group(string text, AliasMatcher<NamedAliases> groups, LanguageLexicon lex, string? attacker, IEnumerable<(int Start, int End)> speakers,
        IEnumerable<(int Start, int End)> attackers)
    {
        // "…hit Hama, where Islamic State fighters are located": a group placed by a relative clause is not the target.
        // The attacker's own forces ("Russian forces also struck ...") are the subject, not the target; a group inside
        // a speaker's name ("Генштаба ВСУ") is neither.
        // "HTS fighters fired rockets at regime positions": the group named as the attacker is not the target either.
        var names = speakers.ToList();
        var striking = attackers.ToList();
        var named = groups.Matches(text).Where(m => !RelativeClause().IsMatch(text[Math.Max(0, m.Start - 12)..m.Start]) && !CompoundAdjective().IsMatch(text.AsSpan(m.End))
                && !names.Any(n => n.Start <= m.Start && n.End >= m.End && n.End - n.Start > m.End - m.Start)
                && !striking.Any(n => n.Start <= m.Start && n.End >= m.End))
            .Select(m => m.Value.Name).FirstOrDefault(n => !string.Equals(n, attacker, StringComparison.OrdinalIgnoreCase) && !OwnForces(n, attacker));
        return named ?? (lex.Civilian.IsMatch(text) ? "civilians" : null);
    }

    private static bool OwnForces(string group, string? attacker) =>
        attacker is { Length: >= 5 } a && group.EndsWith(" forces", StringComparison.Ordinal) && group.StartsWith(a[..5], StringComparison.OrdinalIgnoreCase);

    /// <summary>"the Hamas-run Health Ministry": a group inside a compound adjective is not what was hit.</summary>
    [GeneratedRegex(@"^-(?:run|based|backed|led|controlled|held|linked|affiliated|aligned)\b")]
    private static partial Regex CompoundAdjective();

    [GeneratedRegex(@"(?:where|where the|в котором|де|где|حيث)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeClause();

    [GeneratedRegex(@"^(?:on|against|at|upon|по|на|проти|против|على)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingPreposition();
}
