namespace Scraper.Extraction;

/// <summary>Script-based language guess: Arabic letters → ar; Cyrillic with і/ї/є/ґ → uk, other Cyrillic → ru; else en.</summary>
public static class LanguageDetector
{
    public static string Detect(string text)
    {
        int latin = 0, cyrillic = 0, arabic = 0, ukrainian = 0, russianOnly = 0;
        foreach (var c in text)
        {
            if (c is >= 'A' and <= 'z')
            {
                latin++;
            }
            else if (c is >= '\u0400' and <= '\u04FF')
            {
                cyrillic++;
                if (c is 'і' or 'ї' or 'є' or 'ґ' or 'І' or 'Ї' or 'Є')
                {
                    ukrainian++;
                }
                else if (c is 'ы' or 'э' or 'ё' or 'ъ')
                {
                    russianOnly++;
                }
            }
            else if (c is >= '\u0600' and <= '\u06FF')
            {
                arabic++;
            }
        }

        if (arabic > latin && arabic > cyrillic)
        {
            return "ar";
        }

        if (cyrillic > latin)
        {
            return ukrainian > russianOnly ? "uk" : "ru";
        }

        return "en";
    }
}
