using System.Text.RegularExpressions;
using Scraper.Extraction.Lexicons;
using Scraper.Geo;

namespace Scraper.Extraction;

/// <summary>Places in Arabic text: word n-grams after a marker, "ريف X" as the province, towns GeoNames lacks kept as written, names joined by "و", phrases anchored to a town after "لـ".</summary>
public sealed partial class PlaceFinder
{
    /// <summary>
    /// "جنوب لبنان وسهل البقاع": a name joined by "و" right after a found place is another place; after "بلدتي" (the two
    /// towns of) or "قرى" (the villages of) it is one even when GeoNames lacks it ("بلدتي كنصفرة والفطيرة").
    /// </summary>
    private List<PlaceMention> WithArabicConjuncts(string s, List<PlaceMention> found, PlaceContext context)
    {
        // Each place added is looked at in turn, so a whole list "بلدات عيتا الشعب ومارون الراس وعيترون" is read.
        var pending = new Queue<(PlaceMention Place, int ChainStart)>(found.Select(p => (p, p.Start)));
        while (pending.TryDequeue(out var item))
        {
            var p = item.Place;
            var next = ArabicWord().Match(s, p.End);
            if (!next.Success || next.Index != p.End + 1 || next.Value.Length < 3 || next.Value[0] != 'و' || found.Any(f => f.Start <= next.Index && f.End > next.Index))
            {
                continue;
            }

            var chainStart = item.ChainStart;
            var words = ArabicWord().Matches(s, next.Index + 1).Take(3).ToList();
            if (words.Count > 1 && ArabicSettlementNoun().IsMatch(words[0].Value) && words[1].Index == words[0].Index + words[0].Length + 1)
            {
                // "أطراف مدينة أريحا وبلدات النيرب وآفس": "and the towns of" starts a new list.
                chainStart = words[1].Index;
                words = words.Skip(1).ToList();
            }

            words = words.Take(2).ToList();
            var two = words.Count == 2 && words[1].Index == words[0].Index + words[0].Length + 1 ? s[words[0].Index..(words[1].Index + words[1].Length)] : null;
            var (text, entry) = two is not null && resolver.Resolve(two, context) is { } e2 ? (two, e2)
                : two is not null && ArabicCompoundHead().IsMatch(words[0].Value) ? (two, null) : (words[0].Value, resolver.Resolve(words[0].Value, context));
            var listed = ArabicSettlementListBefore().IsMatch(s.AsSpan(0, chainStart));
            if (entry is null && two is not null && (ArabicCompoundHead().IsMatch(words[0].Value) || (listed && words[1].Value.StartsWith("ال", StringComparison.Ordinal) && !words[0].Value.StartsWith("ال", StringComparison.Ordinal))))
            {
                // "كفر X", or in a list of towns "مارون الراس": a name and its article-word.
                text = two;
            }
            else if (entry is null && !(listed && (words[0].Value.StartsWith("ال", StringComparison.Ordinal) || ArabicListItemEnd().IsMatch(s, words[0].Index + words[0].Length)))
                && !NextConjunctIsTown(s, words[0], context))
            {
                // Unlisted, a word after "و" is only a town in a list of towns, and without the article only when the
                // list goes on or ends there ("وعيترون في قضاء"), not when a verb follows ("وأسفرت عن").
                continue;
            }

            var start = words[0].Index;
            var added = new PlaceMention(text, start, start + text.Length, entry, Precision(entry, false), entry is not null);
            found.Add(added);
            pending.Enqueue((added, chainStart));
        }

        return found;
    }

    private List<PlaceMention> FindArabic(string s, LanguageLexicon lex, PlaceContext context)
    {
        var result = new List<PlaceMention>();
        foreach (Match marker in lex.PlaceMarkers.Matches(s))
        {
            var all = ArabicWord().Matches(s, marker.Index + marker.Length).Take(5).ToList();
            var skipped = all.TakeWhile(w => lex.PlaceFillers.Contains(w.Value)).Select(w => w.Value).Prepend(marker.Value).ToList();
            // "في ريف الحسكة" is the province; "في ريف بلدة القحطانية" (the countryside of the town) is near the town.
            var region = skipped[^1].EndsWith("ريف", StringComparison.Ordinal) || skipped.Any(w => w.EndsWith("محافظة", StringComparison.Ordinal) || w.EndsWith("مقاطعة", StringComparison.Ordinal));
            if (skipped.Any(w => w.EndsWith("مديرية", StringComparison.Ordinal) || w.EndsWith("ناحية", StringComparison.Ordinal)) && result.Any(r => marker.Index - r.End is >= 0 and <= 4))
            {
                // "منطقة الجبانة في مديرية الحوك": the district right after a place only says where that place is.
                continue;
            }

            var words = all.Skip(skipped.Count - 1).Take(3).ToList();
            for (var n = words.Count; n >= 1; n--)
            {
                var start = words[0].Index;
                var end = words[n - 1].Index + words[n - 1].Length;
                var text = s[start..end];
                if (n == 1 && (lex.NonPlaceWords.Contains(text) || (ArabicCompoundHead().IsMatch(text) && words.Count > 1 && words[1].Index == end + 1)))
                {
                    // "تل جمعة" is a village, not the word "تل" (hill) that GeoNames has as a name.
                    // "على البلاد" (on the country) is no village Al Bilad.
                    break;
                }

                var entry = resolver.Resolve(text, context) ?? (text.Length > 3 && text[0] is 'و' or 'ب' or 'ل' or 'ف' ? resolver.Resolve(text[1..], context) : null);
                if (region && entry is not null)
                {
                    // "ريف دمشق" is Rif Dimashq, not the city's own governorate: a countryside the gazetteer names comes first.
                    entry = resolver.Gazetteer.Lookup("ريف " + text).Where(c => c.MatchScore >= 1 && c.Entry.Level == PlaceLevel.Admin1).Select(c => c.Entry).FirstOrDefault()
                        ?? resolver.RegionOf(entry);
                }

                if (entry is not null)
                {
                    result.Add(new PlaceMention(text, start, end, entry, Precision(entry, false), true));
                    break;
                }
            }

            if (words.Count > 1 && !result.Any(r => r.Start == words[0].Index) && AnchoredArabicName(words, context) is { } anchored)
            {
                // "الضاحية الجنوبية لبيروت" (Beirut's southern suburbs): the phrase as written, anchored to the town after "لـ".
                result.Add(anchored);
            }
            else if (words.Count > 0 && !result.Any(r => r.Start == words[0].Index) && UnlistedArabicName(s, words, skipped) is { } name && !IsActorOrGroup(name.Text)
                && !lex.NonPlaceWords.Contains(name.Text))
            {
                // "في بلدة كنصفرة", "في جبل التركمان": a named town or hill GeoNames lacks is still the place, as written.
                result.Add(new PlaceMention(name.Text, name.Start, name.End, null, 1, false));
            }
        }

        foreach (Match intro in ArabicListIntro().Matches(s))
        {
            // "قصفت ... كلاً من الفطيرة وكنصفرة وسفوهن": the first name of a list "each of" opens, then its conjuncts.
            var words = ArabicWord().Matches(s, intro.Index + intro.Length).Take(2).ToList();
            if (words.Count == 0 || words[0].Index != intro.Index + intro.Length || result.Any(r => r.Start <= words[0].Index && r.End > words[0].Index))
            {
                continue;
            }

            var compound = words.Count > 1 && ArabicCompoundHead().IsMatch(words[0].Value) && words[1].Index == words[0].Index + words[0].Length + 1;
            var text = compound ? s[words[0].Index..(words[1].Index + words[1].Length)] : words[0].Value;
            var entry = resolver.Resolve(text, context);
            if (entry is null && (text.Length < 3 || lex.NonPlaceWords.Contains(text) || IsActorOrGroup(text)
                // "من بينها مستشفى" (among them a hospital): after "among them" an unknown word is a town only in a list.
                || (intro.Groups["among"].Success && !ConjunctAfter().IsMatch(s.AsSpan(words[0].Index + text.Length)))))
            {
                continue;
            }

            if (intro.Groups["among"].Success && !SettlementsCounted().IsMatch(s.AsSpan(Math.Max(0, intro.Index - 40), Math.Min(40, intro.Index))))
            {
                // "ودمرت 24 هدفاً بينها كهوف وملاجئ" (targets, among them caves and shelters): only a count of towns lists towns.
                continue;
            }

            result.Add(new PlaceMention(text, words[0].Index, words[0].Index + text.Length, entry, Precision(entry, false), entry is not null));
        }

        return WithArabicConjuncts(s, result.OrderBy(r => r.Start).ToList(), context);
    }

    [GeneratedRegex(@"^\s+(?:شمال|جنوب|شرق|غرب)ي?\s")]
    private static partial Regex DirectionAfter();

    [GeneratedRegex(@"(?:كلاً|كلا|كل)\s+من\s+|(?<among>(?:من\s+)?بينها\s+)")]
    private static partial Regex ArabicListIntro();

    [GeneratedRegex(@"^\s+و\p{L}")]
    private static partial Regex ConjunctAfter();

    [GeneratedRegex(@"(?:بلدة|بلدات|قرية|قرى|مدن|مستوطنة|مستوطنات|تجمعا|تجمعات)(?:[^.]*)$")]
    private static partial Regex SettlementsCounted();

    private PlaceMention? AnchoredArabicName(List<Match> words, PlaceContext context)
    {
        for (var k = 1; k < words.Count; k++)
        {
            if (words[k].Index - words[k - 1].Index - words[k - 1].Length != 1)
            {
                return null;
            }

            if (words[k].Value.Length > 3 && words[k].Value[0] == 'ل' && resolver.Resolve(words[k].Value[1..], context) is { } town)
            {
                var end = words[k].Index + words[k].Length;
                return new PlaceMention(string.Join(' ', words.Take(k + 1).Select(w => w.Value)), words[0].Index, end, town, 2, true);
            }
        }

        return null;
    }

    private static (string Text, int Start, int End)? UnlistedArabicName(string s, List<Match> words, List<string> skipped)
    {
        var first = words[0];
        if (skipped.Any(w => w.EndsWith("منطقة", StringComparison.Ordinal)) && !first.Value.StartsWith("ال", StringComparison.Ordinal)
            && (ClauseEnd().IsMatch(s.AsSpan(first.Index + first.Length)) || DirectionAfter().IsMatch(s.AsSpan(first.Index + first.Length))))
        {
            // "▪️ في منطقة طيرحرفا: منصتان صاروخيتان": a bare name closing the phrase (a list line's heading) is the area's name;
            // so is one located by a direction ("على منطقة كهلان شرقي مدينة صعدة").
            return (first.Value, first.Index, first.Index + first.Length);
        }

        if (skipped.Any(w => w.EndsWith("منطقة", StringComparison.Ordinal)) && words.Count > 1 && words[1].Value.StartsWith("ال", StringComparison.Ordinal)
            && words[1].Index - first.Index - first.Length == 1 && ClauseEnd().IsMatch(s.AsSpan(words[1].Index + words[1].Length)))
        {
            // "في منطقة يحمر الشقيف:" — a village and its qualifier.
            return (first.Value + " " + words[1].Value, first.Index, words[1].Index + words[1].Length);
        }

        if (ArabicCompoundHead().IsMatch(first.Value) && words.Count > 1 && words[1].Index - first.Index - first.Length == 1)
        {
            return (first.Value + " " + words[1].Value, first.Index, words[1].Index + words[1].Length);
        }

        // After "منطقة" (area) only a name with the article counts ("منطقة الجراف", not "منطقة خفض التصعيد").
        // "منطقة يافا المحتلة" (the occupied area of Jaffa): a name with "occupied" after it is a place too.
        var settlement = skipped.Any(w => ArabicSettlementNoun().IsMatch(w)) || (skipped.Any(w => w.EndsWith("منطقة", StringComparison.Ordinal))
            && (first.Value.StartsWith("ال", StringComparison.Ordinal) || (words.Count > 1 && words[1].Value is "المحتلة" or "المحتل")));
        return settlement && first.Value.Length >= 3 ? (first.Value, first.Index, first.Index + first.Length) : null;
    }

    [GeneratedRegex(@"^\s*[:،؛]")]
    private static partial Regex ClauseEnd();

    /// <summary>"في عين ديوار وديرك وعامودا": a name GeoNames lacks is a list item when the name joined after it is a town.</summary>
    private bool NextConjunctIsTown(string s, Match word, PlaceContext context) =>
        ArabicWord().Match(s, word.Index + word.Length) is { Success: true } next && next.Index == word.Index + word.Length + 1
        && next.Value.Length > 3 && next.Value[0] == 'و' && resolver.Resolve(next.Value[1..], context) is { Level: PlaceLevel.Populated };

    [GeneratedRegex(@"^[وبل]?(?:بلدة|قرية|مدينة|مخيم|بلدات|قرى|حي|حيي|بادية|مطار|قاعدة|قاعدتي|ميناء|مديرية|ناحية|بلدتي|قريتي|مدينتي|مستوطنة|مستوطنات|ثكنة|منطقتي|جزيرة)$")]
    private static partial Regex ArabicSettlementNoun();

    [GeneratedRegex(@"(?:^|\s)(?:[وب]?(?:بلدتي|قريتي|مدينتي|حيي|مخيمي|منطقتي|بلدات|قرى|مدن|أحياء|مخيمات|مستوطنات|مناطق)|كلاً\s+من|كلا\s+من|كل\s+من|(?<=(?:بلدة|بلدات|قرية|قرى|مدن|مناطق|مستوطنة|مستوطنات)[^.]{0,40}?)بينها)\s+(?:في\s+)?$")]
    private static partial Regex ArabicSettlementListBefore();

    [GeneratedRegex(@"\G(?:\s+و|\s+(?:في|قرب|شمالي|جنوبي|شرقي|غربي|شمال|جنوب|شرق|غرب)\s|\s*[،,.؛]|\s*$)")]
    private static partial Regex ArabicListItemEnd();

    [GeneratedRegex(@"^(?:جبل|تل|كفر|عين|خان|دير|بيت|رأس|جسر|وادي|سهل|معرة|تلة|بني|أبو|أم|خربة|دارة|زور|برج|مجدل|قلعة|مزرعة)$")]
    private static partial Regex ArabicCompoundHead();

    [GeneratedRegex(@"[\u0621-\u064A\u0660-\u0669]+")]
    private static partial Regex ArabicWord();
}
