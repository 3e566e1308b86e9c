using Scraper.Extraction;

namespace Scraper.Core.Tests.Extraction;

/// <summary>Wordings of a strike the trigger and place-marker lists must cover.</summary>
public sealed class TriggerPhraseRuleTests
{
    private static readonly StrikeClaimExtractor Extractor = new();

    private static IReadOnlyList<StrikeClaim> Extract(string text, string lang, DateOnly published) =>
        Extractor.Extract(new ExtractionInput(text, published, lang, "news"));

    [Fact]
    public void DroneFiredOnAGroup_IsAStrike()
    {
        var claim = Assert.Single(Extract("Overnight, four people were killed when a drone fired on a group of residents outside a bakery in the Bureij refugee camp in central Gaza, the hospital said.", "en", new DateOnly(2024, 8, 14)));

        Assert.Equal("Al Burayj", claim.PlaceNormalized);
        Assert.Equal(4, claim.Killed);
    }

    [Fact]
    public void ShelledEasternPartsOfANeighbourhood_IsThatNeighbourhood()
    {
        var claim = Assert.Single(Extract("Israeli artillery also shelled eastern parts of the Zeitoun neighbourhood on Wednesday afternoon, the civil defence said.", "en", new DateOnly(2024, 8, 14)));

        Assert.Equal(("Zeitoun", "2024-08-14"), (claim.PlaceNormalized, claim.EventDate));
    }

    [Fact]
    public void DroppedExplosiveInAnyCase_IsAStrike()
    {
        var claim = Assert.Single(Extract("В Шебекино от сброса взрывного устройства с беспилотника повреждены кровля и остекление частного дома.", "ru", new DateOnly(2024, 5, 20)));

        Assert.Equal("Shebekino", claim.PlaceNormalized);
    }

    [Fact]
    public void NamedSchool_IsABuilding_NotATownOfThatName()
    {
        var claims = Extract("Civil Defence spokesman Mahmoud Basal said an Israeli warplane struck the Al-Amal school, which houses hundreds of displaced people, in the Sheikh Radwan neighbourhood in the north of Gaza City shortly before noon.", "en", new DateOnly(2024, 8, 14));

        Assert.DoesNotContain(claims, c => c.Place == "Al-Amal");
        Assert.Contains(claims, c => c.PlaceNormalized == "Gaza City");
    }

    [Theory]
    [InlineData("Підрозділи ракетних військ уразили пункт управління, засіб протиповітряної оборони та склад окупантів у районі Нової Каховки Херсонської області.", "uk", "Nova Kakhovka")]
    [InlineData("Russian forces struck Ukrainian air defences near Odesa overnight, the ministry said.", "en", "Odesa")]
    public void AirDefencesStruck_AreTheTarget_NotAnInterception(string text, string lang, string place)
    {
        var claim = Assert.Single(Extract(text, lang, new DateOnly(2024, 6, 12)));

        Assert.Equal((place, "air defence"), (claim.PlaceNormalized, claim.TargetType));
    }

    [Theory]
    [InlineData("Сили протиповітряної оборони збили 20 ударних БпЛА над Харківщиною.", "uk")]
    [InlineData("Ukrainian air defences shot down 20 drones over the Kharkiv region, the air force said.", "en")]
    public void AirDefencesShootingDown_StayInterceptions(string text, string lang)
    {
        Assert.Empty(Extract(text, lang, new DateOnly(2024, 6, 12)));
    }

    [Fact]
    public void RocketsFiredFromACountryTowardATown_AreAStrikeOnTheTown()
    {
        var claim = Assert.Single(Extract("Earlier this morning, approximately 10 rockets were fired from Lebanon toward Kiryat Shmona.", "en", new DateOnly(2024, 10, 17)));

        Assert.Equal(("Kiryat Shmona", "2024-10-17"), (claim.PlaceNormalized, claim.EventDate));
    }

    [Fact]
    public void SettlementsAmongThemAndDroppedBombs_AreStrikes()
    {
        var shelled = Extract("More than 150 settlements came under Russian artillery fire, among them Hremiach and Leonivka in Chernihiv region.", "en", new DateOnly(2025, 3, 14));
        var bombed = Extract("Meanwhile, the Donetsk Regional Military Administration reported that Russian troops dropped a guided aerial bomb on a residential area of Kostiantynivka on Thursday evening.", "en", new DateOnly(2025, 3, 14));

        Assert.Equal(["Hremiach", "Leonivka"], shelled.Select(c => c.PlaceNormalized).Order(StringComparer.Ordinal));
        Assert.Equal(("Kostiantynivka", "Russia"), (Assert.Single(bombed).PlaceNormalized, bombed[0].Attacker));
    }

    [Fact]
    public void PakistanisMilitaryMediaWing_ClaimsItsStrikes()
    {
        var claim = Assert.Single(Extract("In a statement, the Inter-Services Public Relations (ISPR) said precise strikes had targeted hideouts of militants in the Barmal area, destroying a training compound.", "en", new DateOnly(2025, 2, 11)));

        Assert.Equal(("Barmal", "Inter-Services Public Relations (ISPR)", "Pakistan", "claim"), (claim.Place, claim.Claimant, claim.Attacker, claim.Stance));
    }

    [Fact]
    public void FireDamageNearCommunities_IsAStrikeOnEach()
    {
        var claims = Extract("Units of the Battlegroup North inflicted fire damage on Ukrainian troops near the communities of Volchansk and Liptsy in the Kharkov Region, the ministry said.", "en", new DateOnly(2024, 11, 18));

        Assert.Equal(["Liptsy", "Volchansk"], claims.Select(c => c.Place).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void HitsRecordedAfterTheInterceptions_AreStrikesOfTheEnemy_ReportedByTheAirForce()
    {
        var claims = Extract("The air force said air defences shot down 372 drones and 24 missiles, and that hits were recorded in the Kharkiv, Odesa, Vinnytsia and Lviv regions.", "en", new DateOnly(2026, 2, 7));

        Assert.Equal(["Kharkiv Oblast", "Odesa Oblast", "Vinnytsia Oblast", "Lviv Oblast"], claims.Select(c => c.PlaceNormalized));
        Assert.All(claims, c => Assert.Equal(("Ukrainian Air Force", "Russia"), (c.Claimant, c.Attacker)));
    }

    [Fact]
    public void ImpactsRecordedInOblasts_AreStrikes()
    {
        var claims = Extract("Impacts were recorded in Odesa, Kharkiv, and Dnipropetrovsk oblasts, the air force said.", "en", new DateOnly(2025, 3, 9));

        Assert.Equal(["Odesa Oblast", "Kharkiv Oblast", "Dnipropetrovsk Oblast"], claims.Select(c => c.PlaceNormalized));
    }

    [Fact]
    public void InterceptionsAlone_StayNoClaim()
    {
        Assert.Empty(Extract("The air force said air defences shot down 372 drones and 24 missiles over the Kharkiv, Odesa and Lviv regions.", "en", new DateOnly(2026, 2, 7)));
    }

    [Fact]
    public void WeaponsThatKilled_AreTheStrike_NotTheOtherSidesAttacksInAnAsClause()
    {
        var claim = Assert.Single(Extract("Russian glide bombs, drones and artillery killed three civilians in Ukraine's northeastern Kharkiv region over the past day, the regional governor said, as officials across the border reported fresh Ukrainian attacks.", "en", new DateOnly(2024, 6, 15)));

        Assert.Equal(("Kharkiv Oblast", "Russia"), (claim.PlaceNormalized, claim.Attacker));
    }
}
