using System.Text.RegularExpressions;

namespace Scraper.Extraction;

/// <summary>
/// Splits text into sentences and list items. Lines are units (bulletins put one item per line); inside
/// a line, a sentence ends at . ! ? before a capital, digit or quote, except after common abbreviations.
/// </summary>
public static partial class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "U.S", "U.K", "U.N", "Fla", "Sept", "Sep", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Oct", "Nov", "Dec", "No", "St", "Gen", "Lt",
        "Col", "Maj", "Capt", "Mr", "Mrs", "Ms", "Dr", "approx", "Sgt", "Adm", "Gov", "Sen", "Rep", "vs", "etc", "т", "г", "обл", "н.п", "р-н", "им", "ул", "с", "смт", "м",
    };

    public static IReadOnlyList<Sentence> Split(string text)
    {
        var result = new List<Sentence>();
        var paragraph = 0;
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var nl = text.IndexOf('\n', lineStart);
            var lineEnd = nl < 0 ? text.Length : nl;
            var line = text[lineStart..lineEnd];
            if (string.IsNullOrWhiteSpace(line))
            {
                paragraph++;
            }
            else
            {
                SplitLine(text, lineStart, lineEnd, paragraph, result);
            }

            if (nl < 0)
            {
                break;
            }

            lineStart = nl + 1;
        }

        return result;
    }

    private static void SplitLine(string text, int start, int end, int paragraph, List<Sentence> result)
    {
        var s = start;
        foreach (Match m in Boundary().Matches(text[start..end]))
        {
            var dot = start + m.Index;
            var word = PreviousWord(text, dot, s);
            if (text[dot] == '.' && (Abbreviations.Contains(word) || (word.Length == 1 && char.IsUpper(word[0]))))
            {
                continue;
            }

            Add(text, s, dot + 1, paragraph, result);
            s = dot + 1;
        }

        Add(text, s, end, paragraph, result);
    }

    private static string PreviousWord(string text, int dot, int floor)
    {
        var i = dot;
        while (i > floor && (char.IsLetter(text[i - 1]) || text[i - 1] == '.'))
        {
            i--;
        }

        return text[i..dot];
    }

    private static void Add(string text, int start, int end, int paragraph, List<Sentence> result)
    {
        // Trim whitespace and list bullets so evidence is the item itself.
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] is '•' or '·' or '*' or '▪' or '●' or '-' or '–' or '—'))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            result.Add(new Sentence(text[start..end], start, paragraph));
        }
    }

    [GeneratedRegex(@"[.!?](?=[\s""“”»)]+[\p{Lu}\d""“«(])")]
    private static partial Regex Boundary();
}
