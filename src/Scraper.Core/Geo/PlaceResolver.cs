namespace Scraper.Geo;

/// <summary>
/// Picks the gazetteer entry a written place name most likely means: spelling match first, then the
/// countries and regions named around it, then seat rank and population (GeoNames ties are common:
/// many villages share a name).
/// </summary>
public sealed class PlaceResolver(Gazetteer gazetteer)
{
    private const double MinScore = 0.75;

    private static readonly string[] RegionWords =
    [
        "province", "governorate", "region", "oblast", "district", "область", "области", "областью", "області", "обл", "провинция", "провинции",
        "провінції", "край", "краю", "محافظة",
    ];

    public Gazetteer Gazetteer => gazetteer;

    /// <summary>The admin1 region an entry lies in ("ريف حمص" → Homs Governorate), or the entry itself.</summary>
    public GazetteerEntry RegionOf(GazetteerEntry entry) =>
        entry.Level != PlaceLevel.Populated || entry.Admin1 is null ? entry : gazetteer.Admin1Region(entry.Country, entry.Admin1) ?? entry;

    /// <summary>Best entry for the name, or null when nothing matches well enough.</summary>
    public GazetteerEntry? Resolve(string written, PlaceContext context)
    {
        var name = written.Trim().TrimEnd('.', ',', ';', ':');
        if (name.EndsWith("'s", StringComparison.Ordinal) || name.EndsWith("’s", StringComparison.Ordinal))
        {
            name = name[..^2];
        }

        var candidates = gazetteer.Lookup(name);
        var wantsRegion = RegionWords.Any(w => name.Contains(w, StringComparison.OrdinalIgnoreCase));
        if (candidates.Count == 0 && wantsRegion)
        {
            // "Сумської області" → look the adjective up among regions only; "the Nikolayev Region", "Kharkov region":
            // a seat's name in another spelling names its region.
            var bare = gazetteer.Lookup(StripRegionWord(name));
            candidates = bare.Where(c => c.Entry.Level == PlaceLevel.Admin1).ToList();
            if (candidates.Count == 0)
            {
                // Not a near-spelling: "the Metina and Gara regions" are no Medina Region.
                candidates = bare.Where(c => c.Entry.FeatureCode == "PPLA" && c.Entry.Admin1 is not null && c.MatchScore >= MinScore)
                    .Select(c => gazetteer.Admin1Region(c.Entry.Country, c.Entry.Admin1!) is { } region ? c with { Entry = region } : c)
                    .Where(c => c.Entry.Level == PlaceLevel.Admin1).ToList();
            }
        }

        if (candidates.Count == 0 && AboutUkraineOrRussia(context)
            && name.Length >= 4 && name[0] is >= '\u0621' and <= '\u064A' && !name.StartsWith("ال", StringComparison.Ordinal))
        {
            // "بيلوزيركا" in a text about Ukraine: Slavic names have no Arabic article.
            candidates = gazetteer.LookupArabicReading(name);
        }

        PlaceCandidate? best = null;
        var bestScore = double.MinValue;
        foreach (var c in candidates)
        {
            var score = Score(c, context, wantsRegion);
            if (score > bestScore)
            {
                (best, bestScore) = (c, score);
            }
        }

        return best is { } b && b.MatchScore >= MinScore * 0.8 && bestScore >= MinScore ? b.Entry : null;
    }

    /// <summary>
    /// The entry of that name inside one of <paramref name="regions"/> (the oblast the text puts it in), spelling
    /// variants included, or null: used when the best match overall lies elsewhere.
    /// </summary>
    public GazetteerEntry? ResolveWithin(string written, IReadOnlyCollection<(string Country, string Admin1)> regions, PlaceContext context) =>
        gazetteer.Lookup(written).Concat(gazetteer.LookupSpellingVariants(written))
            .Where(c => c.Entry.Level == PlaceLevel.Populated && c.Entry.Admin1 is { } a && regions.Contains((c.Entry.Country, a)) && c.MatchScore >= MinScore * 0.8)
            .OrderByDescending(c => Score(c, context, false)).Select(c => c.Entry).FirstOrDefault();

    private static double Score(PlaceCandidate c, PlaceContext context, bool wantsRegion)
    {
        var e = c.Entry;
        var score = c.MatchScore;
        if (context.Countries.Contains(e.Country))
        {
            score += 0.3;
        }
        else if (context.Countries.Count > 0 && e.Level != PlaceLevel.Country)
        {
            // A village abroad is rarely what a text about other countries means ("Ain al-Asad" in Anbar, not the Galilee hamlet).
            // Curated places (no GeoNames id, no population) are there because texts name them: not hamlets.
            score -= e.Level == PlaceLevel.Populated && e.Population < 1000 && e.GeonamesId is not null ? 0.3 : 0.15;
            // A near spelling abroad is a guess on a guess ("Al-Hamdan" near Al-Bukamal is no Hamadan in Iran).
            score -= c.MatchScore < 0.8 ? 0.3 : 0;
        }

        if (e.Admin1 is { } a && context.Regions.Contains((e.Country, a)))
        {
            score += 0.2;
        }

        score += e.Level switch
        {
            // A province outranks a village of the same name ("western Anbar" is not Ambar, TR); a seat town still wins below.
            PlaceLevel.Admin1 => wantsRegion ? 0.3 : 0.1,
            // A country's own name beats a town that lists it as an alternate ("Iraq" is also an old name of Arak).
            PlaceLevel.Country => 0.3,
            // "the Red Sea" is the sea, not Sudan's Red Sea State.
            PlaceLevel.Water => 0.45,
            _ => wantsRegion ? -0.2 : 0,
        };
        score += e.FeatureCode switch
        {
            "PPLC" => 0.12,
            "PPLA" => 0.1,
            "PPLA2" => 0.06,
            "PPLA3" => 0.03,
            _ => 0,
        };
        return score + (0.02 * Math.Log10(e.Population + 1));
    }

    // Only in a text about the two alone: "الطائرات الحربية الروسية" over Syria must not turn Syrian villages into Russian towns.
    private static bool AboutUkraineOrRussia(PlaceContext context) =>
        context.Countries.All(c => c is "UA" or "RU")
        && (context.Countries.Count > 0 || context.Home is { Country: "UA" or "RU" } || context.Regions.Any(r => r.Country is "UA" or "RU"));

    private static string StripRegionWord(string name)
    {
        foreach (var w in RegionWords)
        {
            var i = name.IndexOf(w, StringComparison.OrdinalIgnoreCase);
            if (i >= 0)
            {
                return (name[..i] + name[(i + w.Length)..]).Trim();
            }
        }

        return name;
    }
}
