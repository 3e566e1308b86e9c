using System.Text;

namespace Scraper.Geo;

/// <summary>
/// A key that an Arabic spelling of a Ukrainian or Russian place name and its Latin romanisation share: consonant
/// classes only, since Arabic writes Slavic vowels loosely (بيلوزيركا ~ Bilozerka, Belozerka) and uses ف for v, ب for p,
/// غ for Ukrainian h / Russian g, تش for ch.
/// </summary>
public static class ArabicSlavicReading
{
    /// <summary>Whether the name ends in a vowel: a Latin vowel, or an Arabic long vowel, taa marbuta or final ه.</summary>
    public static bool EndsInVowel(string name)
    {
        var t = name.TrimEnd();
        return t.Length > 0 && (t[^1] is 'ا' or 'ى' or 'ي' or 'و' or 'ة' or 'ه' || "aeiouyAEIOUY".Contains(NameFolding.Latin(t[^1].ToString()) is [var c, ..] ? c : ' '));
    }

    /// <summary>The key of an Arabic-script name, or of a Latin one (folded to ASCII first).</summary>
    public static string Key(string name)
    {
        var sb = new StringBuilder(name.Length);
        if (name.Any(c => c is >= '\u0600' and <= '\u06FF'))
        {
            for (var i = 0; i < name.Length; i++)
            {
                var c = name[i];
                // A final ه after a long vowel ("بوكروفسكويه", -oye) is a vowel, like the taa marbuta.
                if (c == 'ه' && (i == name.Length - 1 || !char.IsLetter(name[i + 1])))
                {
                    continue;
                }

                sb.Append(c switch
                {
                    'ب' or 'پ' => "B",
                    'ت' or 'ط' => "t",
                    'ث' or 'س' or 'ص' => "s",
                    'ج' or 'ژ' => "J",
                    'ح' or 'خ' => "X",
                    'د' or 'ض' => "d",
                    'ذ' or 'ز' or 'ظ' => "z",
                    'ر' => "r",
                    'ش' => "S",
                    'غ' or 'گ' or 'ه' => "G",
                    'ف' or 'ڤ' => "F",
                    'ق' or 'ك' => "K",
                    'ل' => "l",
                    'م' => "m",
                    'ن' => "n",
                    _ => "",
                });
            }
        }
        else
        {
            var s = NameFolding.Latin(name).Replace(" ", "", StringComparison.Ordinal);
            (string From, string To)[] digraphs = [("shch", "SC"), ("dzh", "J"), ("zh", "J"), ("kh", "X"), ("ch", "C"), ("sh", "S"), ("ph", "F")];
            foreach (var (from, to) in digraphs)
            {
                s = s.Replace(from, to, StringComparison.Ordinal);
            }

            foreach (var c in s)
            {
                sb.Append(c switch
                {
                    'b' or 'p' => "B",
                    'v' or 'f' or 'w' => "F",
                    'g' or 'h' => "G",
                    'k' or 'q' or 'c' => "K",
                    'x' => "Ks",
                    'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'j' => "",
                    _ => char.IsLetter(c) ? c.ToString() : "",
                });
            }
        }

        // Arabic تش is ch; doubled letters are written once.
        var key = sb.Replace("tS", "C").ToString();
        var collapsed = new StringBuilder(key.Length);
        foreach (var c in key)
        {
            if (collapsed.Length == 0 || collapsed[^1] != c)
            {
                collapsed.Append(c);
            }
        }

        return collapsed.ToString();
    }
}
