using System.Text.RegularExpressions;
using Scraper.Extraction.Lexicons;

namespace Scraper.Core.Tests.Extraction.Lexicons;

public sealed partial class TextWordsTests
{
    [Fact]
    public void Words_AnyText_SameAsWordRegex()
    {
        foreach (var text in MatcherTestTexts.Texts().Append("rock'n'roll a'b1 x’y ʼz 12'ab 3'4 Ǆemal\u0301 e\u0301x"))
        {
            var words = new TextWords(text);
            var expected = WordPattern().Matches(text).Select(m => (m.Index, m.Index + m.Length)).ToList();

            Assert.Equal(expected, Enumerable.Range(0, words.Count).Select(i => (words.Start(i), words.End(i))).ToList());
        }
    }

    [Fact]
    public void Key_CaseApostropheYoAndPossessive_Folded()
    {
        var words = new TextWords("HAMAS’S Ёлки п'ять Пʼять");

        Assert.Equal(["hamas", "елки", "п'ять", "п'ять"], Enumerable.Range(0, words.Count).Select(i => words.Key(i).ToString()).ToArray());
    }

    [GeneratedRegex(@"[\p{L}\p{M}\p{N}]+(?:['’ʼ][\p{L}\p{M}]+)?")]
    private static partial Regex WordPattern();
}
