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
    private static readonly HashSet<string> StrongMarkers = new(StringComparer.OrdinalIgnoreCase) { "near", "in the area of", "in the areas of", "in the vicinity of", "on the outskirts of", "outskirts of", "town of", "city of", "village of", "villages of", "towns of", "area of", "areas of", "hit", "struck", "shelled", "bombed" };

    public IReadOnlyList<PlaceMention> Find(string s, LanguageLexicon lex, PlaceContext context, string language)
    {
        var found = language switch
        {
            "ar" => FindArabic(s, lex, context),
            "ru" or "uk" => FindCyrillic(s, lex, context).Concat(FindLatin(s, lex, context)).ToList(),
            _ => FindLatin(s, lex, context),
        };
        return found.GroupBy(p => p.Start).Select(g => g.First()).OrderBy(p => p.Start).ToList();
    }

    private List<PlaceMention> FindLatin(string s, LanguageLexicon lex, PlaceContext context)
    {
        var result = new List<PlaceMention>();
        foreach (Match marker in lex.PlaceMarkers.Matches(s).Cast<Match>().Concat(Direction().Matches(s)))
        {
            var pos = SkipFillers(s, marker.Index + marker.Length, lex);
            var strong = StrongMarkers.Contains(marker.Value) || marker.Value.EndsWith(" of", StringComparison.OrdinalIgnoreCase);
            var region = Regex.IsMatch(marker.Value, "district|province|governorate|region|oblast", RegexOptions.IgnoreCase);
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
                if (IsActorOrGroup(written) || written.EndsWith("'s", StringComparison.Ordinal) || written.EndsWith("’s", StringComparison.Ordinal))
                {
                    break;
                }

                // Same as matching s[..name.Index]: anchors and lookarounds see only that part, without copying it.
                var qualifier = Qualifier().Match(s, 0, name.Index);
                var entry = resolver.Resolve(region ? written + " province" : written, context) ?? (region ? resolver.Resolve(written, context) : null);
                if (entry is null && !strong)
                {
                    break;
                }

                var start = qualifier.Success ? qualifier.Index : name.Index;
                result.Add(new PlaceMention(s[start..(name.Index + written.Length)], start, name.Index + written.Length, entry, Precision(entry, qualifier.Success || strong), entry is not null));

                var next = ListNext().Match(s, name.Index + written.Length);
                if (!next.Success || next.Index != name.Index + written.Length)
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
            if (resolver.Resolve(m.Value, context) is { Level: PlaceLevel.Admin1 } e)
            {
                regions.Add((e.Country, e.Admin1!));
                result.Add(new PlaceMention(m.Value, m.Index, m.Index + m.Length, e, 4, true));
            }
        }

        var regionMentions = result.ToList();
        var ctx = new PlaceContext(context.Countries, regions);
        var listContext = ListCue().IsMatch(s);
        var words = CyrillicName().Matches(s);
        for (var w = 0; w < words.Count; w++)
        {
            var m = words[w];
            if (result.Any(r => m.Index >= r.Start && m.Index < r.End) || lex.PlaceFillers.Contains(m.Value))
            {
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

            var afterMarker = lex.PlaceMarkers.Match(before.Length > 0 ? before[Math.Max(0, before.Length - 40)..] : "").Success;
            if (entry is not null || (listContext && start > 0 && afterMarker))
            {
                var region = entry is null ? regionMentions.FirstOrDefault(r => r.Start > start)?.Entry : null;
                result.Add(new PlaceMention(s[start..end], start, end, entry, Precision(entry, false), entry is not null, Region: region));
            }
        }

        return result;
    }

    private List<PlaceMention> FindArabic(string s, LanguageLexicon lex, PlaceContext context)
    {
        var result = new List<PlaceMention>();
        foreach (Match marker in lex.PlaceMarkers.Matches(s))
        {
            var all = ArabicWord().Matches(s, marker.Index + marker.Length).Take(5).ToList();
            var skipped = all.TakeWhile(w => lex.PlaceFillers.Contains(w.Value)).Select(w => w.Value).Prepend(marker.Value).ToList();
            var region = skipped.Any(w => w is "ريف" or "محافظة");
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
        }

        return result;
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

    [GeneratedRegex(@"\G(?:,\s+(?:and\s+)?|\s+and\s+|\s+or\s+)")]
    private static partial Regex ListNext();

    [GeneratedRegex(@"(?:(?:approximately|about|some|around)\s+)?(?:(?:[\d.,]+|\p{L}+)\s*(?:km|kilometers|kilometres|miles|mi)\s+)?\b(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)(?:ern)?\s+of\s+$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex Qualifier();

    [GeneratedRegex(@"\b(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)\s+of\b", RegexOptions.IgnoreCase)]
    private static partial Regex Direction();

    [GeneratedRegex(@"\p{Lu}[\p{Ll}'’ʼ]+(?:-\p{Lu}[\p{Ll}'’ʼ]+)?\s+(?:(?:области|області|областью|обл\.|краю|края|край)|Народн\p{Ll}+\s+Республик\p{Ll}*)")]
    private static partial Regex CyrillicRegion();

    [GeneratedRegex(@"(?<![\p{L}«""])\p{Lu}[\p{L}'’ʼ]+(?:-\p{L}[\p{L}'’ʼ]+)*")]
    private static partial Regex CyrillicName();

    [GeneratedRegex(@"(?:^|\s)(?:в|во|на|по|над|у|із|з|под|під)$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex CyrillicPreposition();

    [GeneratedRegex(@"(?:населен|населён|н\.п\.|пункт|район|зазнал|:)", RegexOptions.IgnoreCase)]
    private static partial Regex ListCue();

    [GeneratedRegex(@"[\u0621-\u064A\u0660-\u0669]+")]
    private static partial Regex ArabicWord();
}
