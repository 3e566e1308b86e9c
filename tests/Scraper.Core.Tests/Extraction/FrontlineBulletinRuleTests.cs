using Scraper.Extraction;

namespace Scraper.Core.Tests.Extraction;

/// <summary>
/// The General Staff's English bulletins and relays (sectors, guided bombs, its own strikes), wires on strikes inside
/// Russia, and Arabic reports of single strikes with their tolls.
/// </summary>
public sealed class FrontlineBulletinRuleTests
{
    private static readonly StrikeClaimExtractor Extractor = new();

    private static IReadOnlyList<StrikeClaim> Extract(string text, string language = "en", DateOnly? published = null, string kind = "news") =>
        Extractor.Extract(new ExtractionInput(text, published ?? new DateOnly(2025, 8, 14), language, kind));

    [Fact]
    public void AirstrikesOnTheSourcesOwnCountry_AreTheEnemys()
    {
        var claims = Extract("According to the General Staff, airstrikes hit the areas of Myropillia and Yunakivka in Sumy region; Vovchansk in Kharkiv region.");

        Assert.Equal(3, claims.Count);
        Assert.All(claims, c => Assert.Equal(("Ukrainian General Staff", "Russia", "report"), (c.Claimant, c.Attacker, c.Stance)));
    }

    [Fact]
    public void SourceNamedBeforeItsOwnForcesStrikeAbroad_StillClaims()
    {
        var claim = Assert.Single(Extract("According to the General Staff, Ukrainian forces struck a depot in Kursk Oblast."));
        Assert.Equal(("Ukraine", "claim"), (claim.Attacker, claim.Stance));
    }

    [Fact]
    public void EnglishEditionOfTheGeneralStaffsOperationalUpdate_IsItsPost_AndSectorAssaultsAreNoStrikes()
    {
        var claims = Extract(
            "Operational information as of 22:00 on 14.08.2025 regarding the Russian invasion.\n\n" +
            "In the Southern Slobozhanskyi sector, the enemy attacked three times near Vovchansk and Vovchanski Khutory. Russian aircraft struck Zolochiv and Kozacha Lopan in Kharkiv Oblast.\n\n" +
            "In the Kupiansk sector, the occupiers attacked six times near Kindrashivka. Our aviation struck a Russian UAV control point near Kindrashivka.\n\n" +
            "Kostiantynivka and Druzhkivka came under guided bomb strikes.",
            kind: "ministry");

        Assert.Equal(["Zolochiv", "Kozacha Lopan", "Kindrashivka", "Kostiantynivka", "Druzhkivka"], claims.Select(c => c.Place));
        Assert.All(claims, c => Assert.Equal("Ukrainian General Staff", c.Claimant));
        Assert.Equal("Ukraine", claims[2].Attacker);
        Assert.All(claims.Where(c => c.Place != "Kindrashivka"), c => Assert.Equal("Russia", c.Attacker));
    }

    [Theory]
    [InlineData("\"On the night of December 2-3, units of the Defence Forces struck the Kremniy El plant in Bryansk,\" the Ukrainian General Staff said on Telegram.", "Bryansk")]
    [InlineData("Ukrainian drones struck the Ryazan oil refinery southeast of Moscow overnight, a source in Ukraine's SBU security service told Reuters.", "Ryazan")]
    public void WorksNameAndTheCompassPointLocatingARefinery_AreNoPlacesOfTheirOwn(string text, string place)
    {
        Assert.Equal(place, Assert.Single(Extract(text, published: new DateOnly(2025, 12, 3))).PlaceNormalized);
    }

    [Fact]
    public void SecurityServiceOfUkraine_IsNamedWithItsAbbreviation()
    {
        Assert.Equal("Security Service of Ukraine (SBU)", Assert.Single(Extract("Drones of the Security Service of Ukraine struck the Unecha oil pumping station in Bryansk Oblast, the SBU said.")).Claimant);
    }

    [Fact]
    public void ArabicTownNearACity_IsTheOnePlace_AndTheDualCountsTwo()
    {
        var claim = Assert.Single(Extract("استشهد شخصان وأصيب ثلاثة آخرون، اليوم الثلاثاء، في غارة شنتها مسيّرة إسرائيلية على سيارة في بلدة كفررمان قرب مدينة النبطية جنوبي لبنان.",
            "ar", new DateOnly(2025, 4, 22)));

        Assert.Equal(("كفررمان", 2), (claim.Place, claim.Killed));
    }

    [Fact]
    public void ArabicCompoundNameWithBurj_AndOnePersonKilled()
    {
        var claim = Assert.Single(Extract("وكانت غارة إسرائيلية على منزل في بلدة برج الملوك بقضاء مرجعيون قد أدت يوم الأحد الماضي إلى مقتل شخص وإصابة اثنين آخرين بجروح.",
            "ar", new DateOnly(2025, 4, 22)));

        Assert.Equal(("برج الملوك", 1), (claim.Place, claim.Killed));
    }

    [Fact]
    public void NeighbourhoodOfATwoWordCity_IsTheCity()
    {
        var claim = Assert.Single(Extract("The IDF says it did not carry out any strike near an UNRWA school in Gaza City's Tuffah neighborhood on Saturday.",
            published: new DateOnly(2023, 11, 5)));

        Assert.Equal(("Gaza City", "denial"), (claim.PlaceNormalized, claim.Stance));
    }

    [Fact]
    public void RebelsPossessive_DescribesTheSpeaker_NotTheAttacker()
    {
        var claims = Extract(
            "Israeli warplanes struck the port of Hodeidah on Sunday, the Israeli military said. The rebels' health ministry said the strikes on Sanaa killed four people.",
            published: new DateOnly(2025, 8, 18));

        Assert.Equal("Israel", Assert.Single(claims, c => c.PlaceNormalized == "Sanaa").Attacker);
    }

    [Fact]
    public void MunitionsDroppedOnTargets_AreStrikes()
    {
        var claims = Extract("More than 20 fighter jets dropped some 50 munitions on targets including a fuel storage site at the port of Ras Isa and docks at the port of Hodeidah, the Israeli military said.",
            published: new DateOnly(2025, 8, 18));

        Assert.Equal(["Ras Isa", "Hodeidah"], claims.Select(c => c.PlaceNormalized));
    }

    [Fact]
    public void IsisCellsAttackingGovernmentForces_AreTheAttacker_AndTheForcesTheTarget()
    {
        var claim = Assert.Single(Extract("SOHR sources have reported that ISIS cells carried out an attack with mortar shells on a military post of regime forces near Al-Shoula on Wednesday evening, killing seven soldiers.",
            published: new DateOnly(2024, 3, 7)));

        Assert.Equal(("ISIS", "Syrian government forces", 7), (claim.Attacker, claim.TargetGroup, claim.Killed));
    }

    [Fact]
    public void AgentAfterAPassiveStrikeWord_StrikesWhoeverIsNamedBefore()
    {
        var claim = Assert.Single(Extract("ISIS positions near Palmyra were struck by Russian aircraft, the ministry said.", published: new DateOnly(2024, 3, 7)));

        Assert.Equal(("Russia", "ISIS"), (claim.Attacker, claim.TargetGroup));
    }

    [Fact]
    public void RegionalOperationalHeadquarters_SpeaksForItsRegion()
    {
        var claim = Assert.Single(Extract("The operational headquarters of the Krasnodar region said on Telegram that drones had struck a berth at the Sheskharis oil terminal in Novorossiysk overnight.",
            published: new DateOnly(2026, 3, 9)));

        Assert.Equal(("Krasnodar operational headquarters", "Ukraine", "Novorossiysk"), (claim.Claimant, claim.Attacker, claim.PlaceNormalized));
    }
}
