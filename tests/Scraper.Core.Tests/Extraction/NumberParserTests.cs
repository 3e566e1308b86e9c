using Scraper.Extraction;

namespace Scraper.Core.Tests.Extraction;

public sealed class NumberParserTests
{
    private static readonly ExtractionData Data = ExtractionData.Default;

    [Theory]
    [InlineData("en", "killing three (3)", 3)]
    [InlineData("en", "conducted 26", 26)]
    [InlineData("en", "dozens", 12)]
    [InlineData("en", "tens of", 10)]
    [InlineData("ru", "пять", 5)]
    [InlineData("uk", "п’ять", 5)]
    [InlineData("uk", "поранено п’ятьох", 5)]
    [InlineData("uk", "поранено шістьох", 6)]
    [InlineData("ru", "ранены пятерых", 5)]
    [InlineData("ar", "٣", 3)]
    public void Before_NumberAtEnd_ReadsDigitsWordsAndVagueAmounts(string lang, string text, int expected)
    {
        Assert.Equal(expected, NumberParser.Before(text, text.Length, Data.Lexicons.For(lang)));
    }

    [Fact]
    public void After_AtLeastQualifier_ReadsTheNumber()
    {
        Assert.Equal(10, NumberParser.After("killed at least 10 people", "killed".Length, Data.Lexicons.For("en")));
    }

    [Fact]
    public void Value_VagueWordWithoutNumber_IsNull()
    {
        Assert.Null(NumberParser.Value("several", Data.Lexicons.For("en")));
    }
}
