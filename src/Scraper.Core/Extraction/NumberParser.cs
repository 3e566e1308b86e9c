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
        var left = text.AsSpan(0, position);
        for (var skipped = 0; skipped <= skipWords; skipped++)
        {
            left = left.TrimEnd();
            if (ParenDigitsStart(left) is var paren and >= 0)
            {
                left = left[..paren].TrimEnd();
            }

            var word = LastTokenStart(left);
            if (word < 0)
            {
                return null;
            }

            // "a pair of", "tens of", "a dozen": two-word number phrases first.
            var rest = left[..word].TrimEnd();
            var two = LastTokenStart(rest);
            if (two >= 0 && Value(string.Concat(rest[two..], " ", left[word..]), lex) is { } v2)
            {
                return v2;
            }

            if (Value(left[word..].ToString(), lex) is { } v)
            {
                return v;
            }

            if (lex.Months.ContainsKey(left[word..].ToString().TrimEnd(',', '.', ';').ToLowerInvariant()))
            {
                // "9 марта, от удара": the number before a month is its day, not a count of what follows.
                return null;
            }

            left = left[..word];
        }

        return null;
    }

    /// <summary>The count that starts right after <paramref name="position"/>, after qualifiers like "at least".</summary>
    public static int? After(string text, int position, LanguageLexicon lex)
    {
        var m = FirstTokens().Match(text, position);
        if (!m.Success || AgeSuffix().IsMatch(text.AsSpan(m.Index + m.Length)))
        {
            // "загинула 68-річна жінка", "a 63-year-old man was killed": an age, not a count.
            return null;
        }

        return Value(m.Groups["n"].Value, lex);
    }

    public static int? Value(string token, LanguageLexicon lex)
    {
        var trimmed = token.Trim();
        // Most tokens are words: only one opening with a digit is read as digits.
        if (trimmed.Length > 0 && char.IsDigit(trimmed[0]) && DigitGroups(ToAsciiDigits(trimmed)) is { Length: > 0 and <= 6 } t && t.All(char.IsDigit))
        {
            return int.Parse(t, CultureInfo.InvariantCulture);
        }

        var key = trimmed.ToLowerInvariant().Replace('’', '\'');
        if (lex.NumberWords.TryGetValue(key, out var n))
        {
            return n;
        }

        return lex.VagueNumbers.TryGetValue(key, out var vague) ? vague : null;
    }

    /// <summary>
    /// "1,200" and "10 000" are one number; "29, 2024" (a day and a year) is not: groups after a space are three digits
    /// and the space follows no comma. Returns the digits, or the text unchanged when it is no such number.
    /// </summary>
    private static string DigitGroups(string t)
    {
        if (!t.Contains(' ', StringComparison.Ordinal))
        {
            return t.Replace(",", "", StringComparison.Ordinal);
        }

        var parts = t.TrimEnd(',').Split(' ');
        if (parts.Skip(1).Any(p => p.Length != 3) || parts[..^1].Any(p => p.EndsWith(',')))
        {
            return t;
        }

        return string.Concat(parts).Replace(",", "", StringComparison.Ordinal);
    }

    // Any decimal digit (Arabic-Indic, Persian ۰-۹, ...) reads as its value: int.Parse accepts only ASCII digits.
    private static string ToAsciiDigits(string s) =>
        new(s.Select(c => char.IsDigit(c) && c > '9' ? (char)('0' + (int)char.GetNumericValue(c)) : c).ToArray());

    /// <summary>Start of a "(3)" that ends the text (regex <c>\(\s*[\d٠-٩]+\s*\)$</c> on trimmed text), or -1.</summary>
    private static int ParenDigitsStart(ReadOnlySpan<char> s)
    {
        if (s.Length == 0 || s[^1] != ')')
        {
            return -1;
        }

        var i = s.Length - 2;
        while (i >= 0 && char.IsWhiteSpace(s[i]))
        {
            i--;
        }

        var digitsEnd = i;
        while (i >= 0 && char.IsDigit(s[i]))
        {
            i--;
        }

        if (i == digitsEnd)
        {
            return -1;
        }

        while (i >= 0 && char.IsWhiteSpace(s[i]))
        {
            i--;
        }

        return i >= 0 && s[i] == '(' ? i : -1;
    }

    /// <summary>
    /// Start of the token that ends the text (regex <c>[\p{L}\d'’][\p{L}\d'’,]*$</c> on trimmed text: its leftmost
    /// match is the first letter, digit or apostrophe of the trailing run of those and commas), or -1.
    /// </summary>
    private static int LastTokenStart(ReadOnlySpan<char> s)
    {
        var start = s.Length;
        while (start > 0 && (IsTokenChar(s[start - 1]) || s[start - 1] == ','))
        {
            start--;
        }

        while (start < s.Length && !IsTokenChar(s[start]))
        {
            start++;
        }

        return start < s.Length ? start : -1;
    }

    private static bool IsTokenChar(char c) => char.IsLetter(c) || char.IsDigit(c) || c is '\'' or '’';

    [GeneratedRegex(@"\G[\s:—–-]*(?:(?:at least|more than|over|some|about|around|nearly|almost|up to|не менее|более|по меньшей мере|понад|щонайменше|не менше|близько|около|ما لا يقل عن|أكثر من|نحو)\s+)?(?<n>[\d٠-٩][\d٠-٩,]*|[\p{L}'’]+)", RegexOptions.IgnoreCase)]
    private static partial Regex FirstTokens();

    [GeneratedRegex(@"^\s*-?\s*(?:річн|летн|year|лет\b|рок)", RegexOptions.IgnoreCase)]
    private static partial Regex AgeSuffix();
}
