using System.Globalization;
using System.Text.RegularExpressions;
using Scraper.Extraction.Lexicons;

namespace Scraper.Extraction;

/// <summary>
/// Reads counts written as digits, number words ("five", "пять", "п'ять"), "three (3)", and ACLED's vague
/// amounts (tens = 10, dozens = 12, hundreds = 100). Digits in Arabic-Indic script are read too.
/// </summary>
public static partial class NumberParser
{
    /// <summary>The count that ends right before <paramref name="position"/> (skipping up to <paramref name="skipWords"/> words).</summary>
    public static int? Before(string text, int position, LanguageLexicon lex, int skipWords = 0)
    {
        var left = text[..position];
        for (var skipped = 0; skipped <= skipWords; skipped++)
        {
            left = left.TrimEnd();
            var paren = ParenDigits().Match(left);
            if (paren.Success)
            {
                left = left[..paren.Index].TrimEnd();
            }

            var word = LastToken().Match(left);
            if (!word.Success)
            {
                return null;
            }

            // "a pair of", "tens of", "a dozen": two-word number phrases first.
            var two = LastToken().Match(left[..word.Index].TrimEnd());
            if (two.Success && Value(two.Value + " " + word.Value, lex) is { } v2)
            {
                return v2;
            }

            if (Value(word.Value, lex) is { } v)
            {
                return v;
            }

            left = left[..word.Index];
        }

        return null;
    }

    /// <summary>The count that starts right after <paramref name="position"/>, after qualifiers like "at least".</summary>
    public static int? After(string text, int position, LanguageLexicon lex)
    {
        var m = FirstTokens().Match(text, position);
        if (!m.Success)
        {
            return null;
        }

        return Value(m.Groups["n"].Value, lex);
    }

    public static int? Value(string token, LanguageLexicon lex)
    {
        var t = ToAsciiDigits(token.Trim()).Replace(",", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        if (t.Length > 0 && t.All(char.IsDigit) && t.Length <= 6)
        {
            return int.Parse(t, CultureInfo.InvariantCulture);
        }

        var key = token.Trim().ToLowerInvariant().Replace('’', '\'');
        if (lex.NumberWords.TryGetValue(key, out var n))
        {
            return n;
        }

        return lex.VagueNumbers.TryGetValue(key, out var vague) ? vague : null;
    }

    private static string ToAsciiDigits(string s) =>
        new(s.Select(c => c is >= '\u0660' and <= '\u0669' ? (char)('0' + (c - '\u0660')) : c).ToArray());

    [GeneratedRegex(@"\(\s*[\d٠-٩]+\s*\)$")]
    private static partial Regex ParenDigits();

    [GeneratedRegex(@"[\p{L}\d٠-٩'’][\p{L}\d٠-٩'’,]*$")]
    private static partial Regex LastToken();

    [GeneratedRegex(@"\G[\s:—–-]*(?:(?:at least|more than|over|some|about|around|nearly|almost|up to|не менее|более|по меньшей мере|понад|щонайменше|не менше|близько|около|ما لا يقل عن|أكثر من|نحو)\s+)?(?<n>[\d٠-٩][\d٠-٩,]*|[\p{L}'’]+)", RegexOptions.IgnoreCase)]
    private static partial Regex FirstTokens();
}
