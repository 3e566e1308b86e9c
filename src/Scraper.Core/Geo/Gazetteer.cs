using System.Collections.Concurrent;

namespace Scraper.Geo;

/// <summary>
/// Name index over the gazetteer entries. Lookup order: folded exact → transliterated to Latin →
/// Cyrillic stem (case endings stripped) → consonant skeleton (fuzzy, checked by edit distance).
/// </summary>
public sealed class Gazetteer
{
    private const double MinFuzzySimilarity = 0.8;

    // Lookups are pure and place names recur across sentences and documents; the bound keeps memory flat.
    private const int MaxMemoized = 50_000;
    private static readonly string[] NominativeEndings = ["а", "е", "о", "и", ""];

    private readonly ConcurrentDictionary<string, PlaceCandidate[]> memo = new(StringComparer.Ordinal);
    private Dictionary<(string Country, string Admin1), GazetteerEntry>? admin1Regions;
    private Dictionary<string, List<int>>? slavicReadings;
    private bool memoInUse;
    private readonly List<GazetteerEntry> entries = [];
    private readonly Dictionary<string, List<int>> byFold = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> byStem = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(int Index, string Phonetic)>> bySkeleton = new(StringComparer.Ordinal);

    private readonly List<(string Alias, string Country)> countryAliases = [];

    public IReadOnlyList<GazetteerEntry> Entries => entries;

    /// <summary>Every name of every country entry, and the context names of <c>aliases.json</c> ("Gaza Strip" → PS), for spotting which countries a text is about.</summary>
    public IReadOnlyList<(string Alias, string Country)> CountryAliases => countryAliases;

    /// <summary>A name that says a text is about <paramref name="country"/> without naming a place of it to resolve.</summary>
    internal void AddCountryContext(string name, string country) => countryAliases.Add((name, country));

    internal int Add(GazetteerEntry entry)
    {
        Changed();
        entries.Add(entry);
        return entries.Count - 1;
    }

    internal void Replace(int index, GazetteerEntry entry)
    {
        Changed();
        entries[index] = entry;
    }

    /// <summary>Makes <paramref name="name"/> find entry <paramref name="index"/>.</summary>
    internal void AddName(int index, string name)
    {
        Changed();
        var fold = NameFolding.Fold(name);
        if (fold.Length < 2)
        {
            return;
        }

        Put(byFold, fold, index);
        if (entries[index].Level == PlaceLevel.Country)
        {
            countryAliases.Add((name, entries[index].Country));
        }

        // Only Latin names get fuzzy keys and only Cyrillic ones stems: queries in other scripts are
        // transliterated at lookup time, which keeps start-up cheap.
        if (!NameFolding.IsAscii(fold))
        {
            if (Inflection.CyrillicStem(fold) is { Length: >= 3 } stem)
            {
                Put(byStem, stem, index);
            }

            // Ukrainian -ів/-їв names turn і into о/є in their other cases (Оріхів → Оріхова, Чугуїв → Чугуєва).
            if (fold.EndsWith("ів", StringComparison.Ordinal) || fold.EndsWith("їв", StringComparison.Ordinal))
            {
                var oblique = fold[..^2] + (fold[^2] == 'ї' ? "єва" : "ова");
                if (Inflection.CyrillicStem(oblique) is { Length: >= 3 } obliqueStem)
                {
                    Put(byStem, obliqueStem, index);
                }
            }

            return;
        }

        var phonetic = NameFolding.Phonetic(fold);
        var skeleton = NameFolding.Skeleton(fold);
        if (skeleton.Length >= 3)
        {
            if (!bySkeleton.TryGetValue(skeleton, out var list))
            {
                bySkeleton[skeleton] = list = [];
            }

            // Names of one entry arrive together, so checking the last item is enough to avoid duplicates.
            if (list.Count == 0 || list[^1] != (index, phonetic))
            {
                list.Add((index, phonetic));
            }
        }
    }

    /// <summary>Entries whose names match <paramref name="name"/>, each with a match quality in (0, 1].</summary>
    public IReadOnlyList<PlaceCandidate> Lookup(string name)
    {
        if (memo.TryGetValue(name, out var known))
        {
            return known;
        }

        if (memo.Count >= MaxMemoized)
        {
            memo.Clear();
        }

        memoInUse = true;
        return memo[name] = LookupUncached(name);
    }

    /// <summary>
    /// Near spellings of a Latin name even when it has an exact match: a namesake elsewhere may carry the exact
    /// spelling while the place meant has a variant ("Krasnopillia" in Sumy Oblast is GeoNames' "Krasnopillya").
    /// </summary>
    public IReadOnlyList<PlaceCandidate> LookupSpellingVariants(string name)
    {
        var found = new Dictionary<int, double>();
        var fold = NameFolding.Fold(Inflection.StripTurkishSuffix(name.Trim()));
        CollectFuzzy(found, NameFolding.IsAscii(fold) ? fold : NameFolding.Latin(name));
        return found.Select(kv => new PlaceCandidate(entries[kv.Key], kv.Value)).ToArray();
    }

    /// <summary>The first admin1 entry of a region (in entry order), or null.</summary>
    public GazetteerEntry? Admin1Region(string country, string admin1)
    {
        var index = admin1Regions;
        if (index is null)
        {
            index = new();
            foreach (var e in entries.Where(e => e is { Level: PlaceLevel.Admin1, Admin1: not null }))
            {
                index.TryAdd((e.Country, e.Admin1!), e);
            }

            admin1Regions = index;
        }

        return index.GetValueOrDefault((country, admin1));
    }

    private PlaceCandidate[] LookupUncached(string name)
    {
        var found = new Dictionary<int, double>();
        var query = Inflection.StripTurkishSuffix(name.Trim());
        var fold = NameFolding.Fold(query);
        if (fold.Length < 2)
        {
            return [];
        }

        Collect(found, byFold, fold, 1.0);
        if (found.Count == 0 && fold.Any(c => c is >= '\u0600' and <= '\u06FF'))
        {
            // Arabic script romanises to a bare consonant skeleton: fuzzy matching would only add noise.
            return [];
        }

        // The Latin reading is tried even after a script match: an alternate name in Cyrillic is often listed on one
        // of several same-name places only (Золочів on the Lviv town, not on the Kharkiv one), and context decides; it
        // ranks below the script match, so a historical Latin alternate (Stanislav of Ivano-Frankivsk) does not win.
        var latin = NameFolding.IsAscii(fold) ? fold : NameFolding.Latin(query);
        if (latin != fold && (found.Count == 0 || fold.Any(c => c is >= '\u0400' and <= '\u04FF')))
        {
            Collect(found, byFold, latin, found.Count == 0 ? 0.95 : 0.85);
        }

        // An inflected Cyrillic name is stemmed even when it met a namesake: Боровой (genitive of Боровая) is also the
        // name of Russian villages, while the Kharkiv town is only found by its stem; context decides, a little below.
        if (Inflection.CyrillicStem(fold) is { Length: >= 3 } stem)
        {
            Collect(found, byStem, stem, found.Count == 0 ? 0.85 : 0.8);
            // "у Преображенці" when GeoNames lists Preobrazhenka in Latin only: the Latin readings of its dictionary forms.
            for (var k = 0; found.Count == 0 && stem.Length >= 6 && k < NominativeEndings.Length; k++)
            {
                Collect(found, byFold, NameFolding.Latin(stem + NominativeEndings[k]), 0.8);
            }
        }

        if (found.Count == 0)
        {
            CollectFuzzy(found, latin);
        }

        return found.Select(kv => new PlaceCandidate(entries[kv.Key], kv.Value)).ToArray();
    }

    /// <summary>
    /// Ukrainian and Russian places whose names an Arabic spelling reads as ("ستيبنوغيرسك" → Stepnohirsk): GeoNames rarely
    /// lists Arabic names of villages there. Short keys only find seats and large towns.
    /// </summary>
    public IReadOnlyList<PlaceCandidate> LookupArabicReading(string arabic)
    {
        var key = ArabicSlavicReading.Key(arabic);
        if (key.Length < 3)
        {
            return [];
        }

        var index = slavicReadings ??= SlavicReadings();
        // A name written with a final long vowel ends in a vowel: "تشيركاسكا" is no Cherkessk, "بوكروفسكويه" is Pokrovske.
        var vowelEnd = ArabicSlavicReading.EndsInVowel(arabic);
        return index.TryGetValue(key, out var list)
            ? list.Select(i => entries[i]).Where(e => (key.Length >= 4 || e.FeatureCode is "PPLC" or "PPLA" or "PPLA2" || e.Population >= 20_000)
                    && (ArabicSlavicReading.EndsInVowel(e.Name) == vowelEnd || ArabicSlavicReading.EndsInVowel(e.EnglishName) == vowelEnd))
                .Select(e => new PlaceCandidate(e, 0.8)).ToArray()
            : [];
    }

    private Dictionary<string, List<int>> SlavicReadings()
    {
        var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            if (e is { Country: "UA" or "RU", Level: PlaceLevel.Populated })
            {
                foreach (var key in new[] { ArabicSlavicReading.Key(e.Name), ArabicSlavicReading.Key(e.EnglishName) }.Distinct(StringComparer.Ordinal))
                {
                    Put(index, key, i);
                }
            }
        }

        return index;
    }

    private void Changed()
    {
        // Loading adds names one by one: clear only when lookups have already been remembered.
        if (memoInUse)
        {
            memo.Clear();
            memoInUse = false;
        }

        admin1Regions = null;
        slavicReadings = null;
    }

    private void CollectFuzzy(Dictionary<int, double> found, string latin)
    {
        var phonetic = NameFolding.Phonetic(latin);
        if (phonetic.Length < 5 || !bySkeleton.TryGetValue(NameFolding.Skeleton(latin), out var list))
        {
            return;
        }

        foreach (var (index, other) in list)
        {
            var similarity = 1.0 - ((double)EditDistance.Levenshtein(phonetic, other) / Math.Max(phonetic.Length, other.Length));
            if (similarity >= MinFuzzySimilarity)
            {
                found[index] = Math.Max(found.GetValueOrDefault(index), 0.8 * similarity);
            }
        }
    }

    private static void Collect(Dictionary<int, double> found, Dictionary<string, List<int>> index, string key, double score)
    {
        if (index.TryGetValue(key, out var list))
        {
            foreach (var i in list)
            {
                found[i] = Math.Max(found.GetValueOrDefault(i), score);
            }
        }
    }

    private static void Put(Dictionary<string, List<int>> index, string key, int value)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        if (list.Count == 0 || list[^1] != value)
        {
            list.Add(value);
        }
    }
}
