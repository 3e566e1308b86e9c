using System.Text.RegularExpressions;
using Scraper.Extraction;

namespace Scraper.Core.Tests.Extraction;

/// <summary><see cref="NumberParser.Before"/> reads tokens backwards by hand; it must agree with the regexes it replaced.</summary>
public sealed partial class NumberParserReferenceTests
{
    [Fact]
    public void Before_EveryPositionOfFixtureTexts_SameAsRegexVersion()
    {
        var texts = Lexicons.MatcherTestTexts.Texts().Append("killed three (3 ) people, (12)  ( 4)x, 1,200, 'five', п’ять, ٣ (٣)").ToList();
        foreach (var lang in new[] { "en", "uk" })
        {
            var lex = ExtractionData.Default.Lexicons.For(lang);
            foreach (var text in texts.Where(t => t.Length < 400))
            {
                for (var position = 0; position <= text.Length; position++)
                {
                    Assert.Equal(Reference(text, position, lex, 3), NumberParser.Before(text, position, lex, skipWords: 3));
                }
            }
        }
    }

    private static int? Reference(string text, int position, Scraper.Extraction.Lexicons.LanguageLexicon lex, int skipWords)
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

            var two = LastToken().Match(left[..word.Index].TrimEnd());
            if (two.Success && NumberParser.Value(two.Value + " " + word.Value, lex) is { } v2)
            {
                return v2;
            }

            if (NumberParser.Value(word.Value, lex) is { } v)
            {
                return v;
            }

            // A month ends the search: the number before it is a day ("9 марта, от удара").
            if (lex.Months.ContainsKey(word.Value.TrimEnd(',', '.', ';').ToLowerInvariant()))
            {
                return null;
            }

            left = left[..word.Index];
        }

        return null;
    }

    [GeneratedRegex(@"\(\s*[\d٠-٩]+\s*\)$")]
    private static partial Regex ParenDigits();

    [GeneratedRegex(@"[\p{L}\d٠-٩'’][\p{L}\d٠-٩'’,]*$")]
    private static partial Regex LastToken();
}
