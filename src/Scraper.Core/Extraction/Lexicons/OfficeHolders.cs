namespace Scraper.Extraction.Lexicons;

/// <summary>Looks up who held an office for a seat on a day (terms from data/lexicons/office-holders.json).</summary>
public sealed partial class OfficeHolders
{
    private readonly ILookup<(string Office, string Seat), OfficeHolder> bySeat;

    private readonly IReadOnlyList<OfficeHolder> all;

    public OfficeHolders(IEnumerable<OfficeHolder> holders)
    {
        all = holders.ToList();
        bySeat = all.ToLookup(h => (h.Office, Key(h.Seat)));
    }

    /// <summary>
    /// The seat of the one holder of <paramref name="office"/> a text names ("начальника ОВА Івана Федорова" → Zaporizhzhia),
    /// in office on <paramref name="day"/> when known; null when the file has none or several.
    /// </summary>
    public OfficeHolder? HolderNamed(string office, string written, DateOnly? day)
    {
        var key = SurnameKey(written);
        var found = all.Where(h => h.Office == office && (day is not { } d || (h.From <= d && (h.To is null || d <= h.To)))
            && SurnameKey(h.Person) is var k && key.Length >= 4 && key[0] == k[0] && Geo.EditDistance.Levenshtein(key, k) <= 1).DistinctBy(h => Key(h.Seat)).ToList();
        return found is [var only] ? only : null;
    }

    /// <summary>The person in <paramref name="office"/> for <paramref name="seat"/> on <paramref name="day"/>, or null when the file does not say.</summary>
    /// <summary>The holder on that day; on an unknown day, the one holder the file lists for the office, still in it.</summary>
    public string? On(string office, string seat, DateOnly? day) =>
        day is { } d ? bySeat[(office, Key(seat))].FirstOrDefault(h => h.From <= d && (h.To is null || d <= h.To))?.Person
            : bySeat[(office, Key(seat))].ToList() is [{ To: null } only] ? only.Person : null;

    /// <summary>
    /// The file's spelling of the person a text names in that office that day ("Vyacheslav Hladkov" in a Ukrainian text is
    /// Vyacheslav Gladkov), or null when the surname is not the holder's.
    /// </summary>
    public string? Spelled(string office, string seat, DateOnly? day, string written)
    {
        if (On(office, seat, day) is not { } person)
        {
            return null;
        }

        var (a, b) = (SurnameKey(written), SurnameKey(person));
        return a.Length >= 4 && a[0] == b[0] && Geo.EditDistance.Levenshtein(a, b) <= 2 ? person : null;
    }

    /// <summary>
    /// The holder's name as an English text spells it ("Oleg Grygorov" for the file's Oleh Hryhorov): researchers match
    /// names against the text they read. Null when the text does not write the name in Latin letters.
    /// </summary>
    public static string? AsWritten(string person, string text)
    {
        var key = SurnameKey(person);
        foreach (System.Text.RegularExpressions.Match m in LatinFullName().Matches(text))
        {
            var k = SurnameKey(m.Groups["surname"].Value);
            if (k.Length >= 4 && k[0] == key[0] && Geo.EditDistance.Levenshtein(k, key) <= 2 && char.ToUpperInvariant(m.Value[0]) == char.ToUpperInvariant(person[0]))
            {
                return m.Value;
            }
        }

        return null;
    }

    // Ukrainian Г is H in Latin letters (Hladkov, Syniehubov), Russian Г is G: one key for both.
    private static string SurnameKey(string name) =>
        Geo.NameFolding.Phonetic(Geo.NameFolding.Latin(name.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1])).Replace('h', 'g').Replace('y', 'i').Replace("ie", "e", StringComparison.Ordinal);

    /// <summary>"Belgorod Oblast", "Krasnodar Krai" and "Belgorod" are one seat.</summary>
    internal static string Key(string seat) => SeatSuffix().Replace(seat.Trim(), "").ToUpperInvariant();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\p{L}'’-])[A-Z][a-z]+\s+(?<surname>[A-Z][a-z'’-]+[a-z])(?![\p{L}'’-])")]
    private static partial System.Text.RegularExpressions.Regex LatinFullName();

    [System.Text.RegularExpressions.GeneratedRegex(@"\s+(?:Oblast'?|Krai|Kray|Region|Republic|City)$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex SeatSuffix();
}
