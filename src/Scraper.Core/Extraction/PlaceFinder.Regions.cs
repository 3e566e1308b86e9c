using System.Text.RegularExpressions;
using Scraper.Geo;

namespace Scraper.Extraction;

/// <summary>Regions named as places: the one a Latin-script text puts a listed name in ("A, B and C in Donetsk Oblast", "… in the southern countryside of Idlib") and Cyrillic oblast phrases ("Херсонської та Дніпропетровської областей").</summary>
public sealed partial class PlaceFinder
{
    /// <summary>"A, B and C in Donetsk Oblast": the region a listed name is placed in, when the list says so.</summary>
    private GazetteerEntry? RegionAfter(string s, int end, PlaceContext context)
    {
        var m = LatinRegionAfter().Match(s, end);
        if (m.Success && m.Index == end)
        {
            return resolver.Resolve(m.Groups["r"].Value, context) is { Level: PlaceLevel.Admin1 } r ? r : null;
        }

        // "… in the southern countryside of Idlib": the province around the town named.
        var c = LocatedAfter().Match(s, end);
        return c.Success && c.Groups["t"].Success ? CountrysideOf(c.Groups["t"].Value, context) : null;
    }

    /// <summary>
    /// The province "the countryside of X" means: one the gazetteer names so ("Damascus countryside" is Rif Dimashq,
    /// not the city's own governorate), else the province X lies in.
    /// </summary>
    private GazetteerEntry? CountrysideOf(string town, PlaceContext context)
    {
        var named = resolver.Gazetteer.Lookup(town + " countryside").Where(c => c.MatchScore >= 1 && c.Entry.Level == PlaceLevel.Admin1).ToList();
        if (named.Count == 1)
        {
            return named[0].Entry;
        }

        return resolver.Resolve(town, context) is { } t && resolver.RegionOf(t) is { Level: PlaceLevel.Admin1 } around ? around : null;
    }

    /// <summary>"Sumy Oblast", "the Belgorod region", "Idlib province" anywhere in a Latin-script text: the regions a report is about.</summary>
    public IEnumerable<GazetteerEntry> LatinRegionsNamedIn(string text, PlaceContext context)
    {
        foreach (Match m in LatinRegionName().Matches(text))
        {
            if (resolver.Resolve(m.Value, context) is { Level: PlaceLevel.Admin1 } e)
            {
                yield return e;
            }
        }
    }

    [GeneratedRegex(@"\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?\s+(?:Oblast|[Rr]egion|[Pp]rovince|[Gg]overnorate)\b")]
    private static partial Regex LatinRegionName();

    /// <summary>"مقاطعة دنيبروبيتروفسك", "محافظة إدلب": the regions an Arabic text names, by the seat or region after the noun.</summary>
    public IEnumerable<GazetteerEntry> ArabicRegionsNamedIn(string text, PlaceContext context)
    {
        foreach (Match m in ArabicRegionName().Matches(text))
        {
            if (resolver.Resolve(m.Groups["n"].Value, context) is { } e && resolver.RegionOf(e) is { Level: PlaceLevel.Admin1 } region)
            {
                yield return region;
            }
        }
    }

    [GeneratedRegex(@"(?<![\p{L}\p{M}])(?:و|ب)?(?:مقاطعة|محافظة|مقاطعتي|إقليم)\s+(?<n>[\p{L}\p{M}-]{3,})")]
    private static partial Regex ArabicRegionName();

    [GeneratedRegex(@"\G(?:(?:,\s*(?:and\s+)?|\s+and\s+)\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)*)*(?:\s+(?:in|of)|,)\s+(?:the\s+)?(?:\p{Ll}+ern\s+)?(?<r>\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?\s+(?:[Oo]blast|[Rr]egion|[Pp]rovince|[Gg]overnorate))")]
    private static partial Regex LatinRegionAfter();

    [GeneratedRegex(@"\G(?:(?:,\s*(?:and\s+)?|\s+and\s+)\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)*)*(?:\s+(?:town|village|city|hills?|air\s*base|airbase|base|airport))?(?:(?:\s+in\s+(?:Jabal|Jebel|Jabel|Wadi|Sahl)\s+\p{Lu}[\p{L}'’-]+)?\s+in\s+(?:the\s+)?(?:[\p{Ll}-]+\s+)?(?:countryside\s+of\s+(?<t>\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?)|\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?\s+(?:[Cc]ountryside|Plain|Valley|[Pp]rovince|[Gg]overnorate|[Oo]blast|[Rr]egion|[Dd]istrict)\b)|\s+in\s+(?:Jabal|Jebel|Jabel)\s+(?:Al-|al-)?\p{Lu}[\p{L}'’-]+)")]
    private static partial Regex LocatedAfter();

    /// <summary>Oblast phrases, not after a preposition of origin; "Херсонської та Дніпропетровської областей" names two.</summary>
    private IEnumerable<(string Written, int Index, GazetteerEntry Entry)> RegionPhrases(string text, PlaceContext context)
    {
        var found = new List<(string, int, GazetteerEntry)>();
        foreach (Match m in CyrillicRegion().Matches(text))
        {
            if (!OriginPreposition().IsMatch(text.AsSpan(0, m.Index)) && resolver.Resolve(m.Value, context) is { Level: PlaceLevel.Admin1 } e)
            {
                found.Add((m.Value, m.Index, e));
            }
        }

        foreach (Match m in JoinedRegions().Matches(text))
        {
            foreach (var g in new[] { m.Groups["a"], m.Groups["b"] })
            {
                if (!OriginPreposition().IsMatch(text.AsSpan(0, m.Index)) && resolver.Resolve(g.Value + " области", context) is { Level: PlaceLevel.Admin1 } e)
                {
                    found.Add((g.Value, g.Index, e));
                }
            }
        }

        return found.OrderBy(f => f.Item2);
    }

    [GeneratedRegex(@"(?<a>\p{Lu}\p{Ll}+(?:ської|ской|ська|ская))\s+(?:та|і|и|й)\s+(?<b>\p{Lu}\p{Ll}+(?:ської|ской|ська|ская))\s+(?:областей|областях|областям|областями|області|области|обл\.)")]
    private static partial Regex JoinedRegions();
}
