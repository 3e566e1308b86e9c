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
    internal const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;

    public static Regex Compile(IEnumerable<string> phrases) => new($@"\b(?:{Body(Ordered(phrases))})(?![\w])", Options);

    /// <summary>The phrases in the order the alternation tries them: longest first, so "air strikes" wins over "air".</summary>
    internal static List<string> Ordered(IEnumerable<string> phrases) =>
        phrases.Where(p => !string.IsNullOrWhiteSpace(p)).Distinct().OrderByDescending(p => p.Length).ToList();

    internal static string Body(IReadOnlyList<string> ordered) => ordered.Count == 0 ? "(?!)" : string.Join('|', ordered.Select(ToPattern));

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
