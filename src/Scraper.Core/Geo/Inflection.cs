namespace Scraper.Geo;

/// <summary>
/// Strips case endings so inflected names meet their dictionary form: Russian and Ukrainian nouns and
/// oblast adjectives (Брянской → брянск, Сумської → сумськ, Бахмута → бахмут) and Turkish locative
/// suffixes after an apostrophe (Gara'da → Gara). Both the index and the query are stemmed alike.
/// </summary>
public static class Inflection
{
    private static readonly string[] CyrillicEndings =
    [
        "ського", "ської", "ському", "ській", "ською", "ского", "ской", "скому", "ском", "ская", "ское", "ский", "ська", "ське", "ський", "скую", "ську",
        "ами", "ями", "ого", "ому", "ему", "ой", "ей", "ою", "ею", "ий", "ый", "ая", "яя", "ое", "ої", "ій", "ом", "ем", "ах", "ях", "ов", "ев", "ів",
    ];

    private static readonly string[] TurkishSuffixes = ["'da", "'de", "'ta", "'te", "'dan", "'den", "'tan", "'ten", "'ya", "'ye", "'nda", "'nde", "'ın", "'in", "'un", "'ün", "'nın", "'nin", "’da", "’de", "’ta", "’te", "’dan", "’den"];

    /// <summary>Stem of a folded Cyrillic key (each word stemmed); null when the word is not Cyrillic.</summary>
    public static string? CyrillicStem(string foldedKey)
    {
        if (!foldedKey.Any(c => c is >= 'а' and <= 'я' or 'і' or 'ї' or 'є' or 'ґ'))
        {
            return null;
        }

        // Ukrainian і/ї/є/ґ meet their Russian spellings (Ізюма → изюм, as GeoNames' "ИЗЮМ"), and so does the soft "ськ" of
        // Ukrainian adjectival names (Родинському, Білицькому → родинск, белицк as "РОДИНСКОЕ", "БЕЛИЦКОЕ"): one stem for both.
        return string.Join(' ', foldedKey.Split(' ').Select(StemWord)).Replace('і', 'и').Replace('ї', 'и').Replace('є', 'е').Replace('ґ', 'г')
            .Replace("ьк", "к", StringComparison.Ordinal);
    }

    // Locative/dative endings soften the stem (Костянтинівка → Костянтинівці, Рига → Ризі, Комишуваха → Комишувасі):
    // undo it on both sides.
    private static string StemWord(string w) => Harden(DropFleetingVowel(StemEnding(w)));

    // Марганец → Марганцу, Городок → Городка: the vowel before a final ц/к drops in the other cases, so it drops here too.
    private static string DropFleetingVowel(string stem) =>
        stem.Length > 5 && (stem.EndsWith("ец", StringComparison.Ordinal) || stem.EndsWith("ок", StringComparison.Ordinal)) ? stem[..^2] + stem[^1] : stem;

    private static string Harden(string stem) => stem.Length > 3 && stem[^1] is 'ц' or 'з' or 'с' && !stem.EndsWith("ьс", StringComparison.Ordinal)
        ? stem[..^1] + stem[^1] switch { 'ц' => 'к', 'з' => 'г', _ => 'х' }
        : stem;

    private static string StemEnding(string w)
    {
        if (w.Length <= 4)
        {
            return w.TrimEnd('а', 'я', 'у', 'ю', 'е', 'і', 'и', 'ы', 'о', 'ь', 'й');
        }

        foreach (var e in CyrillicEndings)
        {
            // Keep the adjective marker "ськ"/"ск" so Сумская and Сумської share a stem.
            var cut = e.StartsWith("ськ", StringComparison.Ordinal) ? e.Length - 3 : e.StartsWith("ск", StringComparison.Ordinal) ? e.Length - 2 : e.Length;
            // Plural town names keep a three-letter stem (Суми → в Сумах).
            if (w.Length - cut >= (e is "ах" or "ях" ? 3 : 4) && w.EndsWith(e, StringComparison.Ordinal))
            {
                return w[..^cut].TrimEnd('а', 'я', 'у', 'ю', 'е', 'і', 'и', 'ы', 'о', 'ь');
            }
        }

        return w.TrimEnd('а', 'я', 'у', 'ю', 'е', 'і', 'и', 'ы', 'о', 'ь', 'й', 'ї');
    }

    /// <summary>Removes a Turkish case suffix written after an apostrophe.</summary>
    public static string StripTurkishSuffix(string name)
    {
        foreach (var s in TurkishSuffixes)
        {
            if (name.EndsWith(s, StringComparison.OrdinalIgnoreCase))
            {
                return name[..^s.Length];
            }
        }

        return name;
    }
}
