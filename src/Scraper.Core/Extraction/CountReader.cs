using System.Globalization;
using System.Text.RegularExpressions;
using Scraper.Extraction.Lexicons;

namespace Scraper.Extraction;

/// <summary>
/// Strike count and casualties of a sentence. A count is kept only when the sentence names one place
/// (one strike split across places gives null per place); "no civilians were killed" is not 0.
/// </summary>
public static partial class CountReader
{
    public readonly record struct Counts(int? Strikes, int? Sorties, int? Targets, Range Killed, Range Injured);

    /// <summary>A count as low and high ("between 10 and 15 killed"); both equal for a single number.</summary>
    public readonly record struct Range(int? Low, int? High);

    public static Counts Read(string text, LanguageLexicon lex, int placeCount)
    {
        if (placeCount != 1)
        {
            return default;
        }

        return new Counts(CountBefore(text, lex.StrikeNouns, lex) ?? Repeated(text) ?? SingleStrike(text, lex), CountBefore(text, lex.SortieNouns, lex), CountBefore(text, lex.TargetNouns, lex),
            Casualties(text, lex.Killed, lex), Casualties(text, lex.Injured, lex));
    }

    /// <summary>
    /// "Противник здійснив авіаудар по Торському": one strike noun in the singular is one strike, as "an airstrike" is in
    /// English; not when the sentence also speaks of strikes in the plural.
    /// </summary>
    private static int? SingleStrike(string text, LanguageLexicon lex) =>
        lex.SingleStrikeNouns.Matches(text).Take(2).Count() == 1 && lex.StrikeNouns.Matches(text).All(m => lex.SingleStrikeNouns.IsMatch(m.Value)) ? 1 : null;

    /// <summary>"Turkish warplanes struck a power station twice", "дважды атаковали", "مرتين": the strike repeated is counted.</summary>
    private static int? Repeated(string text) =>
        RepeatedStrike().Match(text) is { Success: true } m ? (m.Groups["three"].Success ? 3 : 2) : null;

    private static int? CountBefore(string text, PhraseMatcher nouns, LanguageLexicon lex)
    {
        foreach (Match noun in nouns.Matches(text))
        {
            if (NumberParser.Before(text, noun.Index, lex, skipWords: 2) is { } n && !IsYear(n) && !MunitionAfter().IsMatch(text.AsSpan(noun.Index + noun.Length)))
            {
                return n;
            }
        }

        return null;
    }

    /// <summary>
    /// "five air strikes on Sanaa and two on Saada": each place's own count, read from the text between the
    /// previous place and this one. Null for every place unless each has its own (a shared count is not split).
    /// </summary>
    public static int?[] StrikesPerPlace(string text, LanguageLexicon lex, IReadOnlyList<(int Start, int End)> places)
    {
        var counts = new int?[places.Count];
        for (var i = 0; i < places.Count; i++)
        {
            var from = i == 0 ? 0 : places[i - 1].End;
            var to = places[i].Start;
            var nouns = lex.StrikeNouns.Matches(text[..to], from).ToList();
            foreach (var noun in nouns)
            {
                if (NumberParser.Before(text[from..], noun.Index - from, lex, skipWords: 2) is { } n && !IsYear(n))
                {
                    counts[i] = n;
                }
            }

            if (counts[i] is null && nouns.LastOrDefault() is { } only
                && (NumberParser.Value(only.Value, lex) ?? (lex.SingleStrikeNouns.IsMatch(only.Value) ? 1 : null)) is { } implied)
            {
                // "وغارتين على منطقة كهلان، إضافة إلى غارة على ...": a dual noun is two strikes, a singular one one.
                counts[i] = implied;
            }

            if (counts[i] is null && i > 0 && BareCount().Match(text[from..to]) is { Success: true } bare)
            {
                counts[i] = NumberParser.Value(bare.Groups["n"].Value, lex);
            }
            else if (IncludedCount().Match(text[from..to]) is { Success: true } part && NumberParser.Value(part.Groups["n"].Value, lex) is { } n)
            {
                // "17 airstrikes on Yemen, including 12 on the Kitaf district": the part, not the total before it.
                counts[i] = n;
            }

            if (counts[i] is null)
            {
                return new int?[places.Count];
            }
        }

        return counts;
    }

    /// <summary>"7 березня 2025 року завдавали удару": a year two words before the strike noun is a date, not a count.</summary>
    private static bool IsYear(int n) => n is >= 1900 and <= 2100;

    private static Range Casualties(string text, PhraseMatcher cue, LanguageLexicon lex)
    {
        foreach (Match m in cue.Matches(text))
        {
            var left = text[Math.Max(0, m.Index - 40)..m.Index];
            if (lex.Negation.IsMatch(left))
            {
                continue;
            }

            if (RangeAfter().Match(text, m.Index + m.Length) is { Success: true } ra && ra.Index == m.Index + m.Length)
            {
                return Ordered(ra);
            }

            if (NumberParser.After(text, m.Index + m.Length, lex) is { } after)
            {
                return new Range(after, after);
            }

            if (RangeBefore().Match(left) is { Success: true } rb)
            {
                return Ordered(rb);
            }

            if (NumberParser.Before(text, m.Index, lex, skipWords: 3) is { } before && before != 1)
            {
                return new Range(before, before);
            }

            if (SingleVictimBy(text, m, lex))
            {
                return new Range(1, 1);
            }
        }

        return default;
    }

    /// <summary>"Погиб мирный житель", "мирный житель скончался", "загинув чоловік": one person right before or after the cue.</summary>
    private static bool SingleVictimBy(string text, Match cue, LanguageLexicon lex)
    {
        var from = Math.Max(0, cue.Index - 24);
        var to = Math.Min(text.Length, cue.Index + cue.Length + 24);
        return lex.SingleVictimNouns.Matches(text[from..to]).Any(v =>
        {
            var (start, end) = (from + v.Index, from + v.Index + v.Length);
            var gap = end <= cue.Index ? text.AsSpan(end, cue.Index - end) : start >= cue.Index + cue.Length ? text.AsSpan(cue.Index + cue.Length, start - cue.Index - cue.Length) : [];
            return (end <= cue.Index || start >= cue.Index + cue.Length) && gap.Trim().Length < 16;
        });
    }

    private static Range Ordered(Match m)
    {
        var (a, b) = (int.Parse(m.Groups["a"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["b"].Value, CultureInfo.InvariantCulture));
        return b > a ? new Range(a, b) : new Range(a, a);
    }

    /// <summary>"579 attack drones", "40 ударних БпЛА": the strike noun describes what was launched; munitions are no strike count.</summary>
    [GeneratedRegex(@"^\s+(?:drones?|UAVs?|missiles?|helicopters?|aircraft|boats?|БпЛА|БПЛА|беспилотник|безпілотник|дрон|ракет|вертол[её]т|гелікоптер)", RegexOptions.IgnoreCase)]
    private static partial Regex MunitionAfter();

    [GeneratedRegex(@"(?:between\s+|от\s+|від\s+|بين\s+)?(?<a>\d{1,4})\s*(?:-|–|to|and|до|і|и|و)\s*(?<b>\d{1,4})\s+(?:\p{L}+\s+){0,3}$", RegexOptions.IgnoreCase)]
    private static partial Regex RangeBefore();

    [GeneratedRegex(@"\G\s+(?:between\s+|от\s+|від\s+|بين\s+)?(?<a>\d{1,4})\s*(?:-|–|to|and|до|і|и|و)\s*(?<b>\d{1,4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex RangeAfter();

    [GeneratedRegex(@"(?:including|among\s+them|в\s+том\s+числе|зокрема|у\s+тому\s+числі|منها)\s+(?<n>[\p{L}\d]+)\s+(?:on|in|near|at|against|по|на|в|у|біля|возле|около|على|في)\s+(?:the\s+)?(?:\p{Ll}+\s+)*$")]
    private static partial Regex IncludedCount();

    [GeneratedRegex(@"(?:^|\s|,)(?:and|та|і|и|а|و)\s+(?<n>[\p{L}\d]+)\s+(?:more\s+)?(?:on|in|near|at|against|по|на|в|у|біля|возле|около|على|في)\s+(?:the\s+)?(?:\p{Ll}+\s+)*$")]
    private static partial Regex BareCount();

    [GeneratedRegex(@"(?<![\p{L}\p{M}])(?:twice|дважды|двічі|مرتين|(?<three>three\s+times|трижды|тричі|ثلاث\s+مرات))(?![\p{L}\p{M}])(?!\s+(?:as|more|over|in\b|per|a\b|within|since|that|this|last|before))", RegexOptions.IgnoreCase)]
    private static partial Regex RepeatedStrike();
}
