using System.Text;
using System.Text.RegularExpressions;

namespace Scraper.Extraction.Lexicons;

/// <summary>
/// Turns lexicon phrases into one regex. Phrase syntax (so researchers need no regex): words separated by
/// spaces match any whitespace or hyphen; <c>*</c> matches the rest (or start) of a word; short all-caps
/// words (IS, US, ВСУ) match case-sensitively, everything else ignores case.
/// </summary>
public static class PhrasePattern
{
    public static Regex Compile(IEnumerable<string> phrases)
    {
        var parts = phrases.Where(p => !string.IsNullOrWhiteSpace(p)).Distinct().OrderByDescending(p => p.Length).Select(ToPattern).ToList();
        var body = parts.Count == 0 ? "(?!)" : string.Join('|', parts);
        return new Regex($@"\b(?:{body})(?![\w])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    public static string ToPattern(string phrase)
    {
        var sb = new StringBuilder();
        var words = phrase.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            if (i > 0)
            {
                sb.Append(@"[\s\-]+");
            }

            var w = words[i];
            var escaped = Regex.Escape(w).Replace(@"\*", @"\w*", StringComparison.Ordinal).Replace("'", "['’ʼ]", StringComparison.Ordinal).Replace("’", "['’ʼ]", StringComparison.Ordinal);
            var caseSensitive = w.Length <= 4 && w.Any(char.IsLetter) && w.Where(char.IsLetter).All(char.IsUpper);
            sb.Append(caseSensitive ? $"(?-i:{escaped})" : escaped);
        }

        return sb.ToString();
    }
}
