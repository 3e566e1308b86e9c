using Scraper.Extraction;
using Scraper.Extraction.Lexicons;

namespace Scraper.Core.Tests.Extraction;

/// <summary>An unsigned post of a governor or mayor is credited to whoever held the office on the day it was published.</summary>
public sealed class OfficeHolderRuleTests
{
    private static readonly StrikeClaimExtractor Extractor = new();

    private const string KurskPost = """
        Курская область. Вечером ВСУ атаковали беспилотником село Тёткино Глушковского района, повреждён жилой дом. Пострадавших нет.
        """;

    private static StrikeClaim ExtractKursk(DateOnly? published) =>
        Assert.Single(Extractor.Extract(new ExtractionInput(KurskPost, published, "ru", "ministry")));

    [Theory]
    [InlineData("2024-03-02", "Kursk regional governor Roman Starovoit")]
    [InlineData("2024-08-10", "Kursk regional governor Alexei Smirnov")]
    [InlineData("2025-06-03", "Kursk regional governor Alexander Khinshtein")]
    public void UnsignedGovernorsPost_IsCreditedToTheGovernorOfThatDay(string published, string claimant)
    {
        Assert.Equal(claimant, ExtractKursk(DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture)).Claimant);
    }

    [Fact]
    public void UnsignedPostWithoutAPublicationDay_KeepsTheTitleAlone()
    {
        Assert.Equal("Kursk regional governor", ExtractKursk(null).Claimant);
    }

    [Theory]
    [InlineData("Губернатор Бєлгородської області В'ячеслав Гладков заявив, що дрон влучив в автомобіль у Шебекиному.", "uk", "Belgorod regional governor Vyacheslav Gladkov")]
    [InlineData("Belgorod Governor Vyacheslav Hladkov said a drone hit a car in Shebekino on Monday.", "en", "Belgorod regional governor Vyacheslav Hladkov")]
    [InlineData("Belgorod Governor Ivan Petrov said a drone hit a car in Shebekino on Monday.", "en", "Belgorod regional governor Ivan Petrov")]
    public void HolderTransliteratedByUs_IsSpelledAsTheFileSpellsThem_ANameWrittenInLatinLettersAsTheTextSpellsIt(string text, string language, string claimant)
    {
        var claim = Assert.Single(Extractor.Extract(new ExtractionInput(text, new DateOnly(2025, 4, 22), language, "news")));

        Assert.Equal(claimant, claim.Claimant);
    }

    [Fact]
    public void Lookup_OutsideEveryTermOrForAnotherSeat_IsNull()
    {
        var holders = new OfficeHolders([new OfficeHolder("governor", "Sumy Oblast", "UA", "Volodymyr Artiukh", new DateOnly(2023, 11, 15), new DateOnly(2025, 1, 10))]);

        Assert.Equal("Volodymyr Artiukh", holders.On("governor", "Sumy", new DateOnly(2024, 6, 1)));
        Assert.Null(holders.On("governor", "Sumy", new DateOnly(2025, 1, 11)));
        Assert.Null(holders.On("mayor", "Sumy", new DateOnly(2024, 6, 1)));
        Assert.Null(holders.On("governor", "Kharkiv", new DateOnly(2024, 6, 1)));
    }
}
