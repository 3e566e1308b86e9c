using System.Text;

namespace Scraper.Extraction;

/// <summary>
/// Russian names in the Latin spelling English-language news uses for them (a simplified BGN/PCGN, as the wires write
/// it): "Вячеслав Гладков" → "Vyacheslav Gladkov", "Александр Хинштейн" → "Alexander Khinshtein", "Сергей" → "Sergei",
/// "Дмитрий" → "Dmitry". Researchers compare claimants with press reports, which never write "Aleksandr Khinshteyn".
/// </summary>
public static class RussianLatin
{
    private static readonly Dictionary<char, string> Letters = new()
    {
        ['а'] = "a", ['б'] = "b", ['в'] = "v", ['г'] = "g", ['д'] = "d", ['е'] = "e", ['ё'] = "yo", ['ж'] = "zh", ['з'] = "z",
        ['и'] = "i", ['й'] = "y", ['к'] = "k", ['л'] = "l", ['м'] = "m", ['н'] = "n", ['о'] = "o", ['п'] = "p", ['р'] = "r",
        ['с'] = "s", ['т'] = "t", ['у'] = "u", ['ф'] = "f", ['х'] = "kh", ['ц'] = "ts", ['ч'] = "ch", ['ш'] = "sh",
        ['щ'] = "shch", ['ъ'] = "", ['ы'] = "y", ['ь'] = "", ['э'] = "e", ['ю'] = "yu", ['я'] = "ya",
    };

    // Given names the English-language press spells by convention rather than by letter.
    private static readonly Dictionary<string, string> GivenNames = new(StringComparer.Ordinal)
    {
        ["Александр"] = "Alexander", ["Алексей"] = "Alexei", ["Юрий"] = "Yuri", ["Фёдор"] = "Fyodor", ["Федор"] = "Fyodor",
    };

    private const string Vowels = "аеёиоуыэюяъь";

    public static string Transliterate(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        var word = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                word.Append(c);
                continue;
            }

            sb.Append(Word(word.ToString()));
            word.Clear();
            sb.Append(c);
        }

        return sb.Append(Word(word.ToString())).ToString();
    }

    private static string Word(string word)
    {
        if (GivenNames.TryGetValue(word, out var known))
        {
            return known;
        }

        var sb = new StringBuilder(word.Length + 4);
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            var lower = char.ToLowerInvariant(c);
            var previous = i > 0 ? char.ToLowerInvariant(word[i - 1]) : '\0';
            var last = i == word.Length - 1;
            string latin;
            if (lower == 'е' && (i == 0 || Vowels.Contains(previous)))
            {
                latin = "ye"; // Yevgeny, Vorobyev
            }
            else if (lower == 'й' && last && previous is 'и' or 'ы')
            {
                latin = ""; // Dmitry, Vitaly: the -ий ending is a single y
            }
            else if (lower == 'и' && i == word.Length - 2 && char.ToLowerInvariant(word[^1]) == 'й')
            {
                latin = "y";
            }
            else if (lower == 'й' && previous is 'е' or 'а' or 'о' or 'у')
            {
                latin = "i"; // Sergei, Nikolai, Shoigu, Khinshtein
            }
            else if (lower == 'я' && last && previous == 'и')
            {
                latin = "a"; // Maria, Yulia
            }
            else
            {
                latin = Letters.TryGetValue(lower, out var l) ? l : c.ToString();
            }

            sb.Append(char.IsUpper(c) && latin.Length > 0 ? char.ToUpperInvariant(latin[0]) + latin[1..] : latin);
        }

        return sb.ToString();
    }
}
