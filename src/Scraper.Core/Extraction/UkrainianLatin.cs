using System.Text;

namespace Scraper.Extraction;

/// <summary>
/// Ukrainian names in Latin letters by the official national system (Cabinet of Ministers resolution 55, 2010), the
/// spelling Ukrainian officials use in English ("Олег Синєгубов" → "Oleh Syniehubov", not the Russian-style "Oleg").
/// </summary>
public static class UkrainianLatin
{
    private static readonly Dictionary<char, string> Letters = new()
    {
        ['а'] = "a", ['б'] = "b", ['в'] = "v", ['г'] = "h", ['ґ'] = "g", ['д'] = "d", ['е'] = "e", ['є'] = "ie", ['ж'] = "zh",
        ['з'] = "z", ['и'] = "y", ['і'] = "i", ['ї'] = "i", ['й'] = "i", ['к'] = "k", ['л'] = "l", ['м'] = "m", ['н'] = "n",
        ['о'] = "o", ['п'] = "p", ['р'] = "r", ['с'] = "s", ['т'] = "t", ['у'] = "u", ['ф'] = "f", ['х'] = "kh", ['ц'] = "ts",
        ['ч'] = "ch", ['ш'] = "sh", ['щ'] = "shch", ['ю'] = "iu", ['я'] = "ia", ['ь'] = "", ['\''] = "", ['’'] = "", ['ʼ'] = "",
    };

    // At the start of a word these letters are written with a Y.
    private static readonly Dictionary<char, string> Initial = new() { ['є'] = "ye", ['ї'] = "yi", ['й'] = "y", ['ю'] = "yu", ['я'] = "ya" };

    /// <summary>True when the text has letters only Ukrainian uses (і, ї, є, ґ).</summary>
    public static bool LooksUkrainian(string text) => text.AsSpan().IndexOfAny("іїєґІЇЄҐ") >= 0;

    public static string Transliterate(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var lower = char.ToLowerInvariant(c);
            var wordStart = i == 0 || !char.IsLetter(text[i - 1]);
            // "зг" is written "zgh" so it is not read as "ж".
            var latin = lower == 'г' && i > 0 && char.ToLowerInvariant(text[i - 1]) == 'з' ? "gh"
                : wordStart && Initial.TryGetValue(lower, out var first) ? first
                : Letters.TryGetValue(lower, out var l) ? l : c.ToString();
            sb.Append(char.IsUpper(c) && latin.Length > 0 ? char.ToUpperInvariant(latin[0]) + latin[1..] : latin);
        }

        return sb.ToString();
    }
}
