using Scraper.Extraction;

namespace Scraper.Core.Tests.Extraction;

/// <summary>Russian governors' Telegram posts: shells fired at villages, drones downed by air defence or jamming, stanitsas.</summary>
public sealed class RussianGovernorPostRuleTests
{
    private static readonly StrikeClaimExtractor Extractor = new();

    private static IReadOnlyList<StrikeClaim> Extract(string text) =>
        Extractor.Extract(new ExtractionInput(text, new DateOnly(2025, 8, 20), "ru", "ministry"));

    [Theory]
    [InlineData("Днём по селу Журавлёвка ВСУ выпустили 12 артиллерийских снарядов.", "Журавлёвка")]
    [InlineData("По селу Уразово выпущено пять миномётных снарядов.", "Уразово")]
    [InlineData("В Каменске-Шахтинском беспилотник попал в складское помещение на территории предприятия.", "Каменске-Шахтинском")]
    public void ShellsFiredAtAVillageOrADroneHittingATown_IsAClaim(string text, string place)
    {
        Assert.Equal(place, Assert.Single(Extract(text)).Place);
    }

    [Fact]
    public void VillageAfterStanitsa_IsAPlaceEvenWhenGeoNamesLacksIt()
    {
        var claim = Assert.Single(Extract("В станице Мальчевской Миллеровского района в результате удара БПЛА повреждены два частных дома."));

        Assert.Equal("Мальчевской", claim.Place);
    }

    [Fact]
    public void DronesDestroyedAndSuppressedOverDistricts_AreInterceptionsNotStrikes()
    {
        Assert.Empty(Extract("Дроны уничтожены и подавлены в Тарасовском, Миллеровском, Чертковском и Кашарском районах, а также над Таганрогом."));
    }
}
