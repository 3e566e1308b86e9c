using Scraper.Extraction;

namespace Scraper.Core.Tests.Extraction;

public sealed class SentenceSplitterTests
{
    [Fact]
    public void Split_AbbreviationsAndBullets_KeepSentencesWhole()
    {
        const string text = "TAMPA, Fla. - U.S. forces struck on Sept. 25. Two died.\n•Near Abu Kamal, one strike destroyed a vehicle.";

        var sentences = SentenceSplitter.Split(text);

        Assert.Equal(["TAMPA, Fla. - U.S. forces struck on Sept. 25.", "Two died.", "Near Abu Kamal, one strike destroyed a vehicle."], sentences.Select(s => s.Text));
        Assert.All(sentences, s => Assert.Equal(s.Text, text[s.Start..s.End]));
    }

    [Theory]
    [InlineData("Russian jets struck Hama.", "en")]
    [InlineData("Российская авиация нанесла удар.", "ru")]
    [InlineData("Противник завдав удару по Харківщині.", "uk")]
    [InlineData("شنت طائرات حربية غارات.", "ar")]
    public void Detect_Script_GivesLanguage(string text, string language)
    {
        Assert.Equal(language, LanguageDetector.Detect(text));
    }
}
