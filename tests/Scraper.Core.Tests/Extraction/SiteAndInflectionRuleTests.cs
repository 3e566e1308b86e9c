using Scraper.Extraction;

namespace Scraper.Core.Tests.Extraction;

/// <summary>Places named through a site (refinery, area near a town) or in a case form GeoNames does not list.</summary>
public sealed class SiteAndInflectionRuleTests
{
    private static readonly StrikeClaimExtractor Extractor = new();

    private static IReadOnlyList<StrikeClaim> Extract(string text, string lang, string kind = "news") =>
        Extractor.Extract(new ExtractionInput(text, new DateOnly(2025, 9, 12), lang, kind));

    [Theory]
    [InlineData("В ніч на 12 вересня підрозділи Сил безпілотних систем уразили Сизранський нафтопереробний завод у Самарській області рф.", "uk", "Syzran")]
    [InlineData("Дроны атаковали Новошахтинский НПЗ в Ростовской области.", "ru", "Novoshakhtinsk")]
    [InlineData("The General Staff said the Novoshakhtinsk refinery in Russia's Rostov region was hit in the early hours of Sunday.", "en", "Novoshakhtinsk")]
    public void RefineryNamedAfterItsTown_IsThatTown(string text, string lang, string place)
    {
        Assert.Equal(place, Assert.Single(Extract(text, lang)).PlaceNormalized);
    }

    [Fact]
    public void LocativeWithAlternatedConsonant_MeetsTheVillageGeoNamesListsInLatinOnly()
    {
        var claims = Extract("Запорізька область. Ворог завдав ударів по Комишувасі та Преображенці, пошкоджено будинки.", "uk");

        Assert.Contains(claims, c => c.Place == "Комишувасі" && c.PlaceNormalized == "Komyshuvakha");
        Assert.Contains(claims, c => c.Place == "Преображенці" && c.PlaceNormalized == "Preobrazhenka");
    }

    [Fact]
    public void CityAfterAnotherRegionsName_IsNotTakenForANamesakeVillage()
    {
        var claims = Extract("За сутки поражены пункты временной дислокации ВСУ в районах населенных пунктов Краматорск и Дружковка Донецкой Народной Республики, а также склад горючего под Запорожьем.", "ru", "ministry");

        Assert.Contains(claims, c => c.PlaceNormalized == "Zaporizhzhia" && c.GeonamesId == 687700);
    }

    [Fact]
    public void UnlistedAreaNearATown_IsThatTownsSurroundings()
    {
        var claim = Assert.Single(Extract("SOHR activists reported that unidentified drones targeted two positions of Iranian-backed militias in Al-Hamdan area near Al-Bukamal city, killing four members.", "en", "monitor"));

        Assert.Equal(("Abu Kamal", 2, "Iran-backed militias", 4), (claim.PlaceNormalized, claim.GeoPrecision, claim.TargetGroup, claim.Killed));
        Assert.Equal("Al-Hamdan area near Al-Bukamal", claim.Place);
    }
}
