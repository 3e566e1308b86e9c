using System.Globalization;
using System.Text;

namespace Scraper.Geo;

/// <summary>
/// Spelling-insensitive keys for place names: fold (diacritics, case, apostrophes, Arabic articles),
/// Latin transliteration (AnyAscii) and a consonant skeleton used only to find candidates.
/// </summary>
public static class NameFolding
{
    private static readonly HashSet<string> Articles = new(StringComparer.Ordinal)
    {
        "al", "el", "ar", "as", "ash", "ad", "an", "at", "az", "ath", "ech", "esh", "ez", "es", "ed", "adh", "al-",
        "ал", "аль", "эль", "ель", "эш", "аш", "эд", "ад", "эр", "ар", "эз", "аз", "ас", "ес", "ен",
    };

    /// <summary>Lower-case, diacritic-free, punctuation-free key in the original script.</summary>
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormKD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var ch in decomposed)
        {
            var cat = CharUnicodeInfo.GetUnicodeCategory(ch);
            if (cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                // Keep Cyrillic й/ї (decomposed to и/і + breve/diaeresis): they are letters, not accents.
                if (sb.Length > 0 && sb[^1] is 'и' or 'И' or 'і' or 'І')
                {
                    sb[^1] = sb[^1] is 'и' or 'И' ? 'й' : 'ї';
                }

                continue;
            }

            if (ch is '\'' or '’' or '‘' or '`' or 'ʿ' or 'ʾ' or 'ʼ' or 'ʻ' or '´' or 'ـ')
            {
                continue;
            }

            sb.Append(char.IsLetterOrDigit(ch) ? char.ToLowerInvariant(ch) : ' ');
        }

        var tokens = sb.Replace('ё', 'е').Replace('أ', 'ا').Replace('إ', 'ا').Replace('آ', 'ا').Replace('ة', 'ه').Replace('ى', 'ي')
            .ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var kept = new List<string>(tokens.Length);
        for (var i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            if (tokens.Length > 1 && i < tokens.Length - 1 && Articles.Contains(t))
            {
                continue;
            }

            kept.Add(TaaMarbuta(t));
        }

        return string.Join(' ', kept);
    }

    /// <summary>Fold after transliterating any script to Latin letters.</summary>
    public static string Latin(string text) => Fold(AnyAscii.Transliteration.Transliterate(text));

    /// <summary>True when the text has no letters outside ASCII (then Latin(x) == Fold(x)).</summary>
    public static bool IsAscii(string text) => text.All(c => c < 128);

    /// <summary>Consonant skeleton of a folded Latin key: <see cref="Phonetic"/> without vowels and doubles.</summary>
    public static string Skeleton(string latinKey) => Collapse(Phonetic(latinKey).Where(c => !"aeiouyw".Contains(c, StringComparison.Ordinal)));

    /// <summary>Folded Latin key with romanisation variants unified (dzh/dj/j, kh/h, gh/g, ou/u, q/k) and no doubles.</summary>
    public static string Phonetic(string latinKey)
    {
        var s = latinKey.Replace(" ", "", StringComparison.Ordinal)
            .Replace("dzh", "j", StringComparison.Ordinal).Replace("dj", "j", StringComparison.Ordinal)
            .Replace("zh", "j", StringComparison.Ordinal).Replace("kh", "h", StringComparison.Ordinal)
            .Replace("gh", "g", StringComparison.Ordinal).Replace("ch", "sh", StringComparison.Ordinal)
            .Replace("ou", "u", StringComparison.Ordinal).Replace('q', 'k').Replace('c', 'k').Replace("ph", "f", StringComparison.Ordinal);
        return Collapse(s);
    }

    private static string Collapse(IEnumerable<char> chars)
    {
        var sb = new StringBuilder();
        foreach (var ch in chars)
        {
            if (sb.Length == 0 || sb[^1] != ch)
            {
                sb.Append(ch);
            }
        }

        return sb.ToString();
    }

    // Raqqah/Raqqa, Hamah/Hama: a word-final h after a vowel is the Arabic taa marbuta.
    private static string TaaMarbuta(string token) =>
        token.Length > 3 && token[^1] == 'h' && "aeiou".Contains(token[^2], StringComparison.Ordinal) ? token[..^1] : token;
}
