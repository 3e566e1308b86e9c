using Scraper.Extraction;

namespace Scraper.Core.Tests.Extraction;

/// <summary>Wire reports that quote both sides of a war in one text (Reuters, AP, AFP style).</summary>
public sealed class WireReportRuleTests
{
    private static readonly StrikeClaimExtractor Extractor = new();

    private static IReadOnlyList<StrikeClaim> Extract(string text, string lang = "en") =>
        Extractor.Extract(new ExtractionInput(text, new DateOnly(2025, 3, 9), lang, "news"));

    [Fact]
    public void SentenceNamingStrikesOfBothSides_CreditsEachPlaceToTheSideNamedBeforeIt()
    {
        var claims = Extract("Officials said a Russian strike killed two people in Slatyne and a Ukrainian drone set a substation on fire in Russia's Voronezh region.");

        Assert.Equal("Russia", claims.Single(c => c.PlaceNormalized == "Slatyne").Attacker);
        Assert.Equal("Ukraine", claims.Single(c => c.PlaceNormalized == "Voronezh Oblast").Attacker);
    }

    [Fact]
    public void OwnStrikeToldAfterThePlaces_DoesNotTakeThemFromTheSideThatLaunched()
    {
        var claims = Extract("Russia launched 19 missiles and 176 drones at Ukraine overnight, targeting gas and power infrastructure in the Poltava and Kharkiv regions, Ukraine's Air Force said on Saturday, while Kyiv said its own long-range drones had struck an oil refinery deep inside Russia.");

        Assert.All(claims.Where(c => c.Country == "UA"), c => Assert.Equal(("Russia", "report"), (c.Attacker, c.Stance)));
        Assert.Equal(2, claims.Count(c => c.Country == "UA"));
    }

    [Fact]
    public void StatesPossessiveDescribingACity_IsNotWhoStruck()
    {
        var claim = Assert.Single(Extract("In Kharkiv, Ukraine's second-largest city, a guided missile hit a nine-storey apartment building overnight, killing one man, the city's mayor said."));

        Assert.Equal("Russia", claim.Attacker);
    }

    [Fact]
    public void WeaponNamedAsWhatWasDestroyed_IsNotASideStriking()
    {
        var claim = Assert.Single(Extract("A Russian Iskander-M missile strike on Saturday destroyed two Ukrainian HIMARS launchers near the settlement of Konstantinovka, the Russian Defense Ministry reported."));

        Assert.Equal(("Russia", "claim"), (claim.Attacker, claim.Stance));
    }

    [Fact]
    public void StrikesOnTheSpeakersOwnCountry_AreNotCreditedToItsSideNamedInTheLead()
    {
        var claims = Extract("""
            Russia and Ukraine attacked each other with drones overnight, officials on both sides said, with a Ukrainian drone setting a power substation on fire in Russia's Voronezh region.

            Drones and missiles struck targets in the Kharkiv, Sumy and Odesa regions during the night, Ukraine's Air Force said.
            """);

        Assert.All(claims.Where(c => c.Country == "UA"), c => Assert.Equal("Russia", c.Attacker));
        Assert.Equal(3, claims.Count(c => c.Country == "UA"));
    }

    [Fact]
    public void RegionalGovernorsOfTwoRegions_EachKeepTheirOwnRegion()
    {
        var claims = Extract("""
            In the Kharkiv region, a drone strike on a private house in the village of Slatyne killed a man and a woman late on Saturday, the regional governor said.

            The Sumy regional military administration said Russian forces had shelled Krasnopillia and Bilopillia over the past 24 hours.
            """);

        Assert.StartsWith("Kharkiv", claims.Single(c => c.PlaceNormalized == "Slatyne").Claimant, StringComparison.Ordinal);
        Assert.StartsWith("Sumy", claims.Single(c => c.Place == "Bilopillia").Claimant, StringComparison.Ordinal);
    }

    [Fact]
    public void TheMinistryAfterAGovernorSpoke_IsTheMinistryNamedBefore()
    {
        var claims = Extract("""
            Russia's Defence Ministry said its air defence units had destroyed 88 Ukrainian drones overnight.

            The governor of the Voronezh region said a Ukrainian drone attack had hit a substation in the Liski district overnight.

            The ministry also said Russian forces had struck a workshop assembling drones in the city of Kharkiv over the past day.
            """);

        Assert.Equal("Russian Ministry of Defence", claims.Single(c => c.PlaceNormalized == "Kharkiv").Claimant);
    }

    [Fact]
    public void RussianDistrictNamedByItsAdjective_IsAPlace()
    {
        var claim = Assert.Single(Extract("The governor of the Voronezh region said a Ukrainian drone attack had hit an electrical substation in the Liskinsky district overnight."));

        Assert.Equal(("Liskinsky", "Ukraine"), (claim.Place, claim.Attacker));
    }

    [Fact]
    public void CommunitiesListedAfterATown_AreEachAPlace()
    {
        var claims = Extract("Russian troops attacked the Nikopol district on Nov. 17, hitting Nikopol and the Marhanets and Pokrovske communities, the Dnipropetrovsk regional governor said.");

        Assert.Equal<string?>(["Marhanets", "Nikopol", "Pokrovske"], claims.Select(c => c.PlaceNormalized).Order());
    }

    [Fact]
    public void ItsDronesAfterASpeaker_AreTheSpeakersOwn()
    {
        var claims = Extract("""
            Russia's defence ministry said its forces had overnight carried out a massive strike on energy facilities in Ukraine.

            Ukraine's general staff said separately that its drones had struck the Saratov oil refinery in southern Russia overnight.
            """);

        Assert.Equal(("Ukraine", "claim"), (claims.Single(c => c.PlaceNormalized == "Saratov").Attacker, claims.Single(c => c.PlaceNormalized == "Saratov").Stance));
    }

    [Fact]
    public void PossessiveAfterTheAttacker_OwnsTheTargetAndDoesNotStrike()
    {
        var claim = Assert.Single(Extract("Russia pounds Ukraine's energy grid in massive overnight strike on Dnipro, officials say."));

        Assert.Equal("Russia", claim.Attacker);
    }

    [Fact]
    public void EnergyMinistry_IsTheClaimant()
    {
        var claims = Extract("The energy ministry said facilities in the Lviv, Ivano-Frankivsk and Khmelnytskyi regions had been hit overnight by Russian missiles.");

        Assert.Equal(3, claims.Count);
        Assert.All(claims, c => Assert.Equal("Ukrainian Ministry of Energy", c.Claimant));
    }

    [Fact]
    public void DronesApproachingACityDestroyed_AreNoStrike()
    {
        Assert.Empty(Extract("Moscow's mayor said 12 drones approaching the city had been destroyed and that there were no immediate reports of damage."));
    }

    [Fact]
    public void RussianDroneTotalsOverBorderRegions_AreNoStrike()
    {
        Assert.Empty(Extract("Большая часть из них была уничтожена над приграничными Брянской, Курской и Белгородской областями.", lang: "ru"));
    }

    [Fact]
    public void OblastNamedAfterATown_LocatesItAndIsNoPlaceOfItsOwn()
    {
        var claim = Assert.Single(Extract("Нефтеперерабатывающий завод в Новокуйбышевске Самарской области в ночь на воскресенье подвергся атаке украинских беспилотников, сообщил губернатор региона Вячеслав Федорищев.", lang: "ru"));

        Assert.Equal(("Novokuybyshevsk", "65"), (claim.PlaceNormalized, claim.Admin1));
        Assert.StartsWith("Samara", claim.Claimant, StringComparison.Ordinal);
    }

    [Fact]
    public void GeneralStaffConfirming_IsTheClaimant()
    {
        var claim = Assert.Single(Extract("Генеральный штаб ВСУ днем подтвердил, что в ночь на 9 марта Силы обороны поразили нефтеперерабатывающий завод в Новокуйбышевске.", lang: "ru"));

        Assert.Equal(("Ukrainian General Staff", "claim"), (claim.Claimant, claim.Stance));
    }

    [Fact]
    public void ArabicStrikeFollowedByTheAirDefencesAnswer_IsStillAStrike()
    {
        var claim = Assert.Single(Extract("نفذ العدو الإسرائيلي عدواناً جوياً برشقات من الصواريخ، مستهدفاً عدداً من مواقعنا العسكرية في منطقة مصياف بريف حماة الغربي، وقد تصدت وسائط دفاعنا الجوي لصواريخ العدوان وأسقطت عدداً منها.", lang: "ar"));

        Assert.Equal(("Masyaf", "Israel"), (claim.PlaceNormalized, claim.Attacker));
    }

    [Fact]
    public void CommunitiesNamedByAdjective_AreTheirTowns()
    {
        var claims = Extract("За даними Сумської ОВА, за минулу добу росіяни обстріляли прикордонні території. Обстрілів зазнали Краснопільська, Есманьська та Шосткинська громади.", lang: "uk");

        Assert.Equal<string?>(["Krasnopillya", "Shostka", "Yesman"], claims.Select(c => c.PlaceNormalized).Order());
    }

    [Fact]
    public void UnsignedUkrainianPostCreditingTheDefenceForces_IsTheGeneralStaffsOwnClaim()
    {
        var claims = Extractor.Extract(new ExtractionInput("""
            Сили оборони уразили нафтовий термінал у Новоросійську

            У ніч на 22 листопада підрозділи Сил оборони України завдали ударів по низці об'єктів. Зокрема, уражено нафтовий термінал у Новоросійську Краснодарського краю.

            Також цієї ночі на тимчасово окупованій території Запорізької області уражено склад в районі Василівки.
            """, new DateOnly(2025, 11, 22), "uk", "ministry"));

        Assert.NotEmpty(claims);
        Assert.All(claims, c => Assert.Equal(("Ukrainian General Staff", "Ukraine", "claim"), (c.Claimant, c.Attacker, c.Stance)));
        Assert.Contains(claims, c => c.PlaceNormalized == "Vasylivka");
    }

    [Fact]
    public void StrikesSufferedPerTheGeneralStaff_AreTheEnemysNotTheGeneralStaffs()
    {
        var claims = Extract("За даними Генштабу, минулої доби авіаційних ударів зазнали райони населених пунктів Вовчанськ та Костянтинівка.", lang: "uk");

        Assert.Equal(2, claims.Count);
        Assert.All(claims, c => Assert.Equal(("Russia", "report"), (c.Attacker, c.Stance)));
    }

    [Fact]
    public void OneWayAttackDronesLaunchedIntoTheSea_AreNoStrike()
    {
        Assert.Empty(Extract("The Iranian-backed Houthis launched 28 one-way attack unmanned aerial systems into the Red Sea and Gulf of Aden."));
    }

    [Fact]
    public void StrikesBelievedJordanian_AreJordans()
    {
        var claim = Assert.Single(Extract("قُتل عشرة مدنيين جراء غارات جوية يُرجّح أنها أردنية استهدفت منزلين في بلدة ملح بريف السويداء الجنوبي.", lang: "ar"));

        Assert.Equal("Jordan", claim.Attacker);
    }

    [Fact]
    public void TheMilitarySaidAfterTheHealthMinistrySpoke_IsTheMilitaryNamedBefore()
    {
        var claims = Extract("""
            The IDF said it had struck Hezbollah positions in southern Lebanon.

            Lebanon's Health Ministry said two people were killed in a strike on Bint Jbeil.

            Overnight, Israeli Air Force fighter jets also struck weapons depots in the area of Kfar Tebnit, the military said.
            """);

        Assert.Equal(("IDF", "claim"), (claims.Single(c => c.Place == "Kfar Tebnit").Claimant, claims.Single(c => c.Place == "Kfar Tebnit").Stance));
    }

    [Fact]
    public void TitleOpeningASentence_IsNoPlace()
    {
        var claim = Assert.Single(Extract("Голова Херсонської ОВА Олександр Прокудін повідомив, що окупанти обстріляли Білозерку.", lang: "uk"));

        Assert.Equal("Bilozerka", claim.PlaceNormalized);
    }

    [Fact]
    public void WhereAnOfficialSpoke_IsNoPlaceStruck()
    {
        var claim = Assert.Single(Extract("A Turkish defence ministry official, speaking to reporters in Ankara, said Turkish drones struck PKK targets near Amuda."));

        Assert.Equal("Amude", claim.PlaceNormalized);
    }

    [Fact]
    public void CommunitiesListedAfterAColon_AreTheirTownsPerTheNominativeAdministration()
    {
        var claims = Extract("Як повідомила Сумська обласна військова адміністрація, минулої доби росіяни обстріляли прикордонні громади області: Краснопільську та Шосткинську.", lang: "uk");

        Assert.Equal<string?>(["Krasnopillya", "Shostka"], claims.Select(c => c.PlaceNormalized).Order());
        Assert.All(claims, c => Assert.StartsWith("Sumy", c.Claimant, StringComparison.Ordinal));
    }
}
