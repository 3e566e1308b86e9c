using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Scraper.Extraction.Lexicons;
using Scraper.Geo;

namespace Scraper.Extraction;

/// <summary>
/// Finds place names in a strike sentence. Latin script: capitalised names after a place marker ("near",
/// "in the area of", "the town of", "west of", a strike verb), with comma/and lists. Cyrillic: capitalised
/// names anywhere (oblast adjectives give region context). Arabic: word n-grams after a marker.
/// </summary>
public sealed partial class PlaceFinder(PlaceResolver resolver, LexiconSet lexicons)
{
    // Capitalised names recur across sentences and documents; the answer depends only on the name (bounded memo).
    private const int MaxRemembered = 50_000;
    private readonly ConcurrentDictionary<string, bool> actorOrGroup = new(StringComparer.Ordinal);

    private bool IsActorOrGroup(string written)
    {
        if (actorOrGroup.TryGetValue(written, out var known))
        {
            return known;
        }

        if (actorOrGroup.Count >= MaxRemembered)
        {
            actorOrGroup.Clear();
        }

        return actorOrGroup[written] = lexicons.Groups.Matches(written).Any(m => m.Length >= written.Length - 1)
            || lexicons.Actors.Matches(written).Any(m => m.Length >= written.Length - 1);
    }

    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "al", "el", "ash", "as", "ad", "ar", "az", "ez", "es", "an", "at", "ath", "ech", "esh", "de", "bin", "ibn", "bani", "abu", "umm", "of" };
    private static readonly HashSet<string> StrongMarkers = new(StringComparer.OrdinalIgnoreCase) { "near", "close to", "not far from", "in the area of", "in the areas of", "in the vicinity of", "on the outskirts of", "outskirts of", "town of", "city of", "village of", "villages of", "towns of", "area of", "areas of", "hit", "struck", "shelled", "bombed" };

    public IReadOnlyList<PlaceMention> Find(string s, LanguageLexicon lex, PlaceContext context, string language)
    {
        var found = language switch
        {
            "ar" => FindArabic(s, lex, context),
            "ru" or "uk" => FindCyrillic(s, lex, context).Concat(FindLatin(s, lex, context)).ToList(),
            _ => FindLatin(s, lex, context),
        };
        var ordered = found.GroupBy(p => p.Start).Select(g => g.First()).OrderBy(p => p.Start).ToList();
        // "in Bajil district, east of Hodeidah": a relative location right after a place only says where that place is.
        return ordered.Where((p, i) => i == 0 || !Apposition().IsMatch(s.AsSpan(ordered[i - 1].End, Math.Max(0, p.Start - ordered[i - 1].End)))
            || !RelativeStart().IsMatch(p.Written)).ToList();
    }

    private List<PlaceMention> FindLatin(string s, LanguageLexicon lex, PlaceContext context)
    {
        var result = new List<PlaceMention>();
        foreach (Match marker in lex.PlaceMarkers.Matches(s).Cast<Match>().Concat(Direction().Matches(s)))
        {
            var pos = SkipFillers(s, marker.Index + marker.Length, lex);
            var strong = StrongMarkers.Contains(marker.Value) || marker.Value.EndsWith(" of", StringComparison.OrdinalIgnoreCase);
            var region = RegionMarker().IsMatch(marker.Value);
            while (pos < s.Length)
            {
                var name = LatinName().Match(s, pos);
                if (!name.Success || name.Index != pos)
                {
                    break;
                }

                var written = name.Value.TrimEnd('-', ' ');
                if (RegionWord().Match(s, name.Index + written.Length) is { Success: true } rw && rw.Index == name.Index + written.Length)
                {
                    written += rw.Value;
                }

                // "Lebanon's health ministry": a possessive modifies the next noun; it is not the place struck.
                if (lex.NonPlaceWords.Contains(written) || IsActorOrGroup(written) || written.EndsWith("'s", StringComparison.Ordinal) || written.EndsWith("’s", StringComparison.Ordinal))
                {
                    break;
                }

                var after = s.AsSpan(name.Index + written.Length);
                if (AxisWord().IsMatch(after) || ModifierOfNextName().IsMatch(after))
                {
                    // "in the Pokrovsk direction": a front sector named after a town, not a strike on it;
                    // "Yemen's Red Sea port of Hodeidah": the name modifies the place the marker after it gives.
                    break;
                }

                // Same as matching s[..name.Index]: anchors and lookarounds see only that part, without copying it.
                var qualifier = Qualifier().Match(s, 0, name.Index);
                var within = region ? null : RegionAfter(s, name.Index + written.Length, context);
                var placeContext = within is null ? context : new PlaceContext(context.Countries, new HashSet<(string, string)>(context.Regions) { (within.Country, within.Admin1!) });
                var entry = resolver.Resolve(region ? written + " province" : written, placeContext) ?? (region ? resolver.Resolve(written, context) : null);
                if (entry is not null && CountrysideWord().IsMatch(after))
                {
                    // "in Idlib countryside" is the province around the town, not the town.
                    entry = resolver.RegionOf(entry);
                }
                else if (entry is { Level: PlaceLevel.Populated } && within is not null && (entry.Country, entry.Admin1) != (within.Country, within.Admin1))
                {
                    // "Bilozerske ... in Donetsk Oblast": a namesake elsewhere is the wrong place; keep the name, in that oblast.
                    entry = null;
                }

                if (entry is null && !strong)
                {
                    break;
                }

                var start = qualifier.Success ? qualifier.Index : name.Index;
                result.Add(new PlaceMention(s[start..(name.Index + written.Length)], start, name.Index + written.Length, entry, Precision(entry, qualifier.Success || strong), entry is not null, Region: entry is null ? within : null));

                var tail = name.Index + written.Length;
                if (CountrysideWord().Match(s[tail..]) is { Success: true } cw)
                {
                    tail += cw.Length;
                }

                var next = ListNext().Match(s, tail);
                if (!next.Success || next.Index != tail)
                {
                    break;
                }

                pos = next.Index + next.Length;
            }
        }

        return result;
    }

    private List<PlaceMention> FindCyrillic(string s, LanguageLexicon lex, PlaceContext context)
    {
        // Oblast phrases first: they give the admin1 context for the settlements listed before them.
        var regions = new HashSet<(string, string)>(context.Regions);
        var result = new List<PlaceMention>();
        foreach (Match m in CyrillicRegion().Matches(s))
        {
            if (OriginPreposition().IsMatch(s.AsSpan(0, m.Index)))
            {
                continue;
            }

            if (resolver.Resolve(m.Value, context) is { Level: PlaceLevel.Admin1 } e)
            {
                regions.Add((e.Country, e.Admin1!));
                result.Add(new PlaceMention(m.Value, m.Index, m.Index + m.Length, e, 4, true));
            }
        }

        var regionMentions = result.ToList();
        foreach (Match m in CyrillicDistrict().Matches(s))
        {
            // "в Глушковском районе Курской области": a district the gazetteer lacks (no admin2), kept as written in its oblast.
            // Only with its oblast right after it: a bare "Никитовском районе" is usually a city district of a town named before.
            var oblast = regionMentions.FirstOrDefault(r => r.Start >= m.Index + m.Length && string.IsNullOrWhiteSpace(s[(m.Index + m.Length)..r.Start]));
            if (oblast is not null && !OriginPreposition().IsMatch(s.AsSpan(0, m.Index)) && !result.Any(r => m.Index < r.End && r.Start < m.Index + m.Length))
            {
                result.Add(new PlaceMention(m.Value, m.Index, m.Index + m.Length, null, 3, true, Region: oblast.Entry));
            }
        }
        var ctx = new PlaceContext(context.Countries, regions);
        var listContext = ListCue().IsMatch(s);
        var words = CyrillicName().Matches(s);
        // "в Министерстве обороны", "бригад ВСУ": names of actors and groups are not places.
        // States stay: their aliases include capitals ("Київ", "Москва") that are also places struck.
        var named = lexicons.Actors.Matches(s).Where(a => a.Value.Type != "state").Select(a => (a.Start, a.End))
            .Concat(lexicons.Groups.Matches(s).Select(g => (g.Start, g.End))).ToList();
        for (var w = 0; w < words.Count; w++)
        {
            var m = words[w];
            if (result.Any(r => m.Index >= r.Start && m.Index < r.End) || lex.PlaceFillers.Contains(m.Value) || lex.NonPlaceWords.Contains(m.Value)
                || named.Any(n => m.Index >= n.Start && m.Index < n.End)
                || OriginPreposition().IsMatch(s.AsSpan(0, m.Index)) || AxisWord().IsMatch(s.AsSpan(m.Index + m.Length))
                || InOriginList(s[..m.Index]))
            {
                // "з Курської області" is where the missiles came from; "на Покровському напрямку" a front sector.
                continue;
            }

            var (start, end) = (m.Index, m.Index + m.Length);
            var entry = (GazetteerEntry?)null;
            if (w + 1 < words.Count && Regex.IsMatch(s[end..words[w + 1].Index], @"^[\s-]$") && !result.Any(r => words[w + 1].Index >= r.Start && words[w + 1].Index < r.End))
            {
                entry = resolver.Resolve(s[start..(words[w + 1].Index + words[w + 1].Length)], ctx);
                if (entry is not null)
                {
                    end = words[w + 1].Index + words[w + 1].Length;
                    w++;
                }
            }

            entry ??= resolver.Resolve(m.Value, ctx);
            if (entry is { Level: PlaceLevel.Populated } && regionMentions.Count > 0 && !regions.Contains((entry.Country, entry.Admin1 ?? "")))
            {
                // In "X, Y Запорізької області" a namesake elsewhere is a wrong match: keep X unresolved in that oblast.
                entry = null;
            }

            if (entry is null && listContext && w + 1 < words.Count && Regex.IsMatch(s[end..words[w + 1].Index], @"^\s$")
                && resolver.Resolve(words[w + 1].Value, ctx) is null && !result.Any(r => words[w + 1].Index >= r.Start && words[w + 1].Index < r.End))
            {
                // "Золотий Колодязь": two capitalised words with nothing between them are one settlement name.
                end = words[w + 1].Index + words[w + 1].Length;
                w++;
            }
            var before = s[..start].TrimEnd();
            if (entry is { Level: PlaceLevel.Country } && !CyrillicPreposition().IsMatch(before))
            {
                continue;
            }

            if (entry is not null || (listContext && start > 0 && InSettlementList(before)))
            {
                var region = entry is null ? regionMentions.FirstOrDefault(r => r.Start > start)?.Entry : null;
                result.Add(new PlaceMention(s[start..end], start, end, entry, Precision(entry, false), entry is not null, Region: region));
            }
        }

        return result;
    }

    /// <summary>"جنوب لبنان وسهل البقاع": a name joined by "و" right after a found place is another place.</summary>
    private List<PlaceMention> WithArabicConjuncts(string s, List<PlaceMention> found, PlaceContext context)
    {
        foreach (var p in found.ToList())
        {
            var next = ArabicWord().Match(s, p.End);
            if (!next.Success || next.Index != p.End + 1 || next.Value.Length < 3 || next.Value[0] != 'و' || found.Any(f => f.Start <= next.Index && f.End > next.Index))
            {
                continue;
            }

            var words = ArabicWord().Matches(s, next.Index + 1).Take(2).ToList();
            var two = words.Count == 2 && words[1].Index == words[0].Index + words[0].Length + 1 ? s[words[0].Index..(words[1].Index + words[1].Length)] : null;
            var (text, entry) = two is not null && resolver.Resolve(two, context) is { } e2 ? (two, e2) : (words[0].Value, resolver.Resolve(words[0].Value, context));
            if (entry is null && two is not null && ArabicCompoundHead().IsMatch(words[0].Value))
            {
                text = two;
            }
            else if (entry is null)
            {
                continue;
            }

            var start = next.Index + 1;
            found.Add(new PlaceMention(text, start, start + text.Length, entry, Precision(entry, false), entry is not null));
        }

        return found;
    }

    /// <summary>"A, B and C in Donetsk Oblast": the region a listed name is placed in, when the list says so.</summary>
    private GazetteerEntry? RegionAfter(string s, int end, PlaceContext context)
    {
        var m = LatinRegionAfter().Match(s, end);
        return m.Success && m.Index == end && resolver.Resolve(m.Groups["r"].Value, context) is { Level: PlaceLevel.Admin1 } r ? r : null;
    }

    /// <summary>"з напрямків: Брянськ, Курськ, Орел": every name in a list of launch directions is an origin.</summary>
    private static bool InOriginList(string before)
    {
        var window = before.Length > 160 ? before[^160..] : before;
        var cue = OriginListCue().Matches(window);
        return cue.Count > 0 && SettlementListTail().IsMatch(window.AsSpan(cue[^1].Index + cue[^1].Length));
    }

    /// <summary>An unknown capitalised word is a settlement only inside a list of them ("населённых пунктов X, Y и Z").</summary>
    private static bool InSettlementList(string before)
    {
        var window = before.Length > 200 ? before[^200..] : before;
        var cue = ListCue().Matches(window);
        return cue.Count > 0 && SettlementListTail().IsMatch(window.AsSpan(cue[^1].Index + cue[^1].Length));
    }

    private List<PlaceMention> FindArabic(string s, LanguageLexicon lex, PlaceContext context)
    {
        var result = new List<PlaceMention>();
        foreach (Match marker in lex.PlaceMarkers.Matches(s))
        {
            var all = ArabicWord().Matches(s, marker.Index + marker.Length).Take(5).ToList();
            var skipped = all.TakeWhile(w => lex.PlaceFillers.Contains(w.Value)).Select(w => w.Value).Prepend(marker.Value).ToList();
            var region = skipped.Any(w => w.EndsWith("ريف", StringComparison.Ordinal) || w.EndsWith("محافظة", StringComparison.Ordinal) || w.EndsWith("مقاطعة", StringComparison.Ordinal));
            var words = all.Skip(skipped.Count - 1).Take(3).ToList();
            for (var n = words.Count; n >= 1; n--)
            {
                var start = words[0].Index;
                var end = words[n - 1].Index + words[n - 1].Length;
                var text = s[start..end];
                var entry = resolver.Resolve(text, context) ?? (text.Length > 3 && text[0] is 'و' or 'ب' or 'ل' or 'ف' ? resolver.Resolve(text[1..], context) : null);
                if (region && entry is not null)
                {
                    entry = resolver.RegionOf(entry);
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
            else if (words.Count > 0 && !result.Any(r => r.Start == words[0].Index) && UnlistedArabicName(words, skipped) is { } name && !IsActorOrGroup(name.Text)
                && !lex.NonPlaceWords.Contains(name.Text))
            {
                // "في بلدة كنصفرة", "في جبل التركمان": a named town or hill GeoNames lacks is still the place, as written.
                result.Add(new PlaceMention(name.Text, name.Start, name.End, null, 1, false));
            }
        }

        return WithArabicConjuncts(s, result, context);
    }

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

    private static (string Text, int Start, int End)? UnlistedArabicName(List<Match> words, List<string> skipped)
    {
        var first = words[0];
        if (ArabicCompoundHead().IsMatch(first.Value) && words.Count > 1 && words[1].Index - first.Index - first.Length == 1)
        {
            return (first.Value + " " + words[1].Value, first.Index, words[1].Index + words[1].Length);
        }

        // After "منطقة" (area) only a name with the article counts ("منطقة الجراف", not "منطقة خفض التصعيد").
        var settlement = skipped.Any(w => ArabicSettlementNoun().IsMatch(w)) || (skipped.Any(w => w.EndsWith("منطقة", StringComparison.Ordinal)) && first.Value.StartsWith("ال", StringComparison.Ordinal));
        return settlement && first.Value.Length >= 3 ? (first.Value, first.Index, first.Index + first.Length) : null;
    }

    private static int SkipFillers(string s, int pos, LanguageLexicon lex)
    {
        while (true)
        {
            var w = FillerWord().Match(s, pos);
            if (!w.Success || w.Index != pos || !(lex.PlaceFillers.Contains(w.Groups[1].Value) || w.Groups[1].Value is "of" or "a" or "an" || Possessive().IsMatch(w.Groups[1].Value)))
            {
                while (pos < s.Length && char.IsWhiteSpace(s[pos]))
                {
                    pos++;
                }

                return pos;
            }

            pos = w.Index + w.Length;
        }
    }

    private static int Precision(GazetteerEntry? e, bool approximate) => e?.Level switch
    {
        PlaceLevel.Country => 6,
        PlaceLevel.Admin1 => 4,
        _ => approximate ? 2 : 1,
    };

    [GeneratedRegex(@"\G\s*(\p{L}[\p{L}'’\-]*)\s*")]
    private static partial Regex FillerWord();

    [GeneratedRegex(@"^\p{Lu}\p{L}+['’]s$")]
    private static partial Regex Possessive();

    [GeneratedRegex(@"\G\p{Lu}[\p{L}\p{M}'’‘`]*(?:-\p{L}[\p{L}\p{M}'’]*)*(?:\s+(?:(?:al|el|ash|as|ad|ar|az|ez|es|an|at|ath|esh|bin|ibn|abu|umm)(?:[\s-]+)|)?\p{Lu}[\p{L}\p{M}'’‘`]*(?:-\p{L}[\p{L}\p{M}'’]*)*)*")]
    private static partial Regex LatinName();

    [GeneratedRegex(@"\G\s+(?:region|province|governorate|oblast)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RegionWord();

    [GeneratedRegex(@"\G(?:,?\s+as\s+well\s+as\s+(?:the\s+)?|,\s+(?:and\s+)?|\s+and\s+|\s+or\s+)")]
    private static partial Regex ListNext();

    [GeneratedRegex(@"(?:(?:approximately|about|some|around)\s+)?(?:(?:[\d.,]+|\p{L}+)\s*(?:km|kilometers|kilometres|miles|mi)\s+)?\b(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)(?:ern)?\s+of\s+$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex Qualifier();

    [GeneratedRegex(@"\b(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)\s+of\b", RegexOptions.IgnoreCase)]
    private static partial Regex Direction();

    [GeneratedRegex(@"\p{Lu}[\p{Ll}'’ʼ]+(?:-\p{Lu}[\p{Ll}'’ʼ]+)?\s+(?:(?:области|області|областью|обл\.|краю|края|край)|Народн\p{Ll}+\s+Республик\p{Ll}*)")]
    private static partial Regex CyrillicRegion();

    [GeneratedRegex(@"\p{Lu}\p{Ll}+(?:ском|ского|ский|ской|ському|ського|ський|ськім)\s+(?:районе|района|район|районі|району|округе|округа|округ)\b")]
    private static partial Regex CyrillicDistrict();

    [GeneratedRegex(@"(?<![\p{L}«""])\p{Lu}[\p{L}'’ʼ]+(?:-\p{L}[\p{L}'’ʼ]+)*")]
    private static partial Regex CyrillicName();

    [GeneratedRegex(@"(?:^|\s)(?:в|во|на|по|над|у|із|з|под|під)$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex CyrillicPreposition();

    [GeneratedRegex(@"(?:населен|населён|н\.п\.|пункт|район|зазнал|:)", RegexOptions.IgnoreCase)]
    private static partial Regex ListCue();

    [GeneratedRegex(@"(?:з|із|с|из|from)\s+(?:the\s+)?(?:напрямк\p{L}*|напрямів|направлени\p{L}*|direction\p{L}*|район\p{L}*|акваторі\p{L}*)(?:\s+of)?\s*:?", RegexOptions.IgnoreCase)]
    private static partial Regex OriginListCue();

    [GeneratedRegex(@"^\s+(?:port|city|town|village|region|province|governorate|district)\s+of\b", RegexOptions.IgnoreCase)]
    private static partial Regex ModifierOfNextName();

    [GeneratedRegex(@"^[^,]*?\b(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)(?:ern)?\s+of\s", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeStart();

    [GeneratedRegex(@"^(?:\s+(?:district|province|governorate|region|oblast|area|town|village|city))?\s*,\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Apposition();

    [GeneratedRegex("district|province|governorate|region|oblast", RegexOptions.IgnoreCase)]
    private static partial Regex RegionMarker();

    [GeneratedRegex(@"^\s+(?:direction|axis|sector|front|напрямку|напрямок|напрямі|направлении|направлению|направление)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AxisWord();

    [GeneratedRegex(@"\G(?:(?:,\s*(?:and\s+)?|\s+and\s+)\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)*)*(?:\s+(?:in|of)|,)\s+(?:the\s+)?(?:\p{Ll}+ern\s+)?(?<r>\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?\s+(?:[Oo]blast|[Rr]egion|[Pp]rovince|[Gg]overnorate))")]
    private static partial Regex LatinRegionAfter();

    [GeneratedRegex(@"^\s+(?:countrysides?|suburbs|province|governorate)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CountrysideWord();

    [GeneratedRegex(@"(?:^|[\s(])(?:з|із|зі|с|со|из|изо|від|от)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex OriginPreposition();

    [GeneratedRegex(@"^\p{Ll}*[\s,;:«»""]*(?:(?:\p{Lu}[\p{L}'’ʼ-]*|и|і|й|та|а|также|зокрема|в|у|частности|районах|районі|районе|населених|населенных|пунктів|пунктов|області|области|району|района|округа|краю|края)[\s,;:«»""]*)*$")]
    private static partial Regex SettlementListTail();

    [GeneratedRegex(@"^[وب]?(?:بلدة|قرية|مدينة|مخيم|بلدات|قرى|حي|ميناء)$")]
    private static partial Regex ArabicSettlementNoun();

    [GeneratedRegex(@"^(?:جبل|تل|كفر|عين|خان|دير|بيت|رأس|جسر|وادي|سهل|معرة|تلة)$")]
    private static partial Regex ArabicCompoundHead();

    [GeneratedRegex(@"[\u0621-\u064A\u0660-\u0669]+")]
    private static partial Regex ArabicWord();
}
