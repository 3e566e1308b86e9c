using Scraper.Extraction;

namespace Scraper.Core.Tests.Extraction;

/// <summary>
/// Wire-report shapes from the seventeenth round: straight-quoted accounts closed by their speaker, target lists after
/// a strike ("Among them were ..."), diplomatic venues, seats before a title, officials' lead summaries, Russian
/// repelled attacks and Israeli places written in Arabic.
/// </summary>
public sealed class QuotedWireAndTargetListRuleTests
{
    private static readonly StrikeClaimExtractor Extractor = new();

    private static IReadOnlyList<StrikeClaim> Extract(string text, DateOnly published, string language = "en") =>
        Extractor.Extract(new ExtractionInput(text, published, language, "news"));

    [Fact]
    public void StraightQuoteOverTwoSentences_IsSaidByTheSpeakerAfterItsClosingMark()
    {
        var claims = Extract(
            "Russia's Defence Ministry said its forces had struck fuel depots in 118 districts over the past 24 hours.\n\n" +
            "\"Ukrainian forces shelled Shebekino and the village of Novaya Tavolzhanka overnight, damaging five private houses. " +
            "A woman was wounded by shrapnel,\" Belgorod regional governor Vyacheslav Gladkov said on Telegram.",
            new DateOnly(2024, 6, 12));

        var governor = claims.Where(c => c.Attacker == "Ukraine").ToList();
        Assert.Equal(["Shebekino", "Novaya Tavolzhanka"], governor.Select(c => c.PlaceNormalized));
        Assert.All(governor, c => Assert.Equal("Belgorod regional governor Vyacheslav Gladkov", c.Claimant));
    }

    [Fact]
    public void TargetsListedAfterAStrikeSentence_AreItsClaims_NotTheListedGroupsAttacks()
    {
        var claims = Extract(
            "The Israeli military said in a statement that its aircraft had struck \"dozens of terror targets\" across the Strip over the past day. " +
            "Among them, it said, were a Hamas command centre inside a school compound in Gaza City, used by militants \"to plan and carry out attacks against IDF troops\", " +
            "and a cell of gunmen preparing to launch rockets in the area of Beit Hanoun.",
            new DateOnly(2025, 5, 14));

        Assert.Equal(["Gaza City", "Bayt Hanun"], claims.Select(c => c.PlaceNormalized));
        Assert.All(claims, c => Assert.Equal(("IDF", "Israel", "claim"), (c.Claimant, c.Attacker, c.Stance)));
    }

    [Fact]
    public void WhereDiplomatsMet_IsNoPlaceStruck()
    {
        var claims = Extract(
            "Russia struck Ukraine's gas production sites in the Kharkiv region overnight, Ukraine's air force said. " +
            "The latest attacks came as U.S. and Russian officials met in Saudi Arabia this week for talks held in Riyadh on ending the war.",
            new DateOnly(2025, 2, 20));

        Assert.Equal(["Kharkiv Oblast"], claims.Select(c => c.PlaceNormalized));
    }

    [Fact]
    public void SeatBeforeAnOfficialsTitle_IsNoPlace_AndWeaponsBetweenVerbAndTownsDoNotHideTheTowns()
    {
        var claims = Extract(
            "Artillery shelling wounded two people in the village of Tetkino, Kursk Gov. Alexander Khinshtein said. " +
            "Over the past day, the Armed Forces of Ukraine shelled and attacked with drones Valuyki and Graivoron, Belgorod Gov. Vyacheslav Gladkov wrote.",
            new DateOnly(2025, 5, 18));

        Assert.Equal(["Tetkino", "Valuyki", "Graivoron"], claims.Select(c => c.Place));
    }

    [Fact]
    public void OfficialsLeadSummaryOfARegion_IsBrokenDownByTheGovernorsTowns()
    {
        var claims = Extract(
            "Ukrainian drones struck an oil refinery in Russia's southern Rostov region, Russian officials said Sunday.\n\n" +
            "Drones attacked Novoshakhtinsk and Kamensk-Shakhtinsky overnight, Rostov regional Gov. Yuri Slyusar said on Telegram.",
            new DateOnly(2025, 5, 18));

        Assert.Equal(["Novoshakhtinsk", "Kamensk-Shakhtinskiy"], claims.Select(c => c.PlaceNormalized));
    }

    [Fact]
    public void AttackRepelledByAirDefence_IsNoStrikeClaim()
    {
        Assert.Empty(Extract(
            "Губернатор Калужской области Владислав Шапша сообщил в Telegram, что атака беспилотников на Людиново была отражена силами ПВО, никто не пострадал.",
            new DateOnly(2024, 10, 16), "ru"));
    }

    [Fact]
    public void IsraeliTownsWrittenInArabic_ResolveToTheirGeoNamesEntries()
    {
        var claims = Extract(
            "أعلن حزب الله في بيان أن مجاهديه استهدفوا مساء الأربعاء قاعدة ميرون بصلية من الصواريخ، كما استهدفوا مستوطنة المطلة ومدينة نهاريا.",
            new DateOnly(2024, 11, 7), "ar");

        Assert.Equal([294258L, 294247L, 294117L], claims.Select(c => c.GeonamesId ?? 0));
        Assert.All(claims, c => Assert.Equal(("Hezbollah", "IL"), (c.Attacker, c.Country)));
    }

    [Fact]
    public void ListLinesHeadedByATown_AreStrikesOnThatTown()
    {
        var claims = Extract(
            "Turkish drones carried out 26 strikes over the past 24 hours on areas controlled by the SDF, SOHR said.\n\n" +
            "- Amuda: Turkish warplanes struck a power station, putting it out of service.\n" +
            "- Qamishli: a Turkish drone struck a car, killing two SDF members.",
            new DateOnly(2024, 10, 25));

        Assert.Equal(["Amuda", "Qamishli"], claims.Select(c => c.Place));
        Assert.All(claims, c => Assert.Equal(("Syrian Observatory for Human Rights", "Turkey"), (c.Claimant, c.Attacker)));
    }

    [Fact]
    public void ProvinceSeatOpeningTheSentence_FramesTheTownsOfItsProvince()
    {
        var claims = Extract(
            "In Deir Ezzor, Israeli missiles targeted a headquarters of the Fatemiyoun militia in Al-Mayadin city and a weapons depot in Al-Bukamal, SOHR said.",
            new DateOnly(2024, 11, 14));

        Assert.Equal(["Al-Mayadin", "Al-Bukamal"], claims.Select(c => c.Place));
    }

    [Fact]
    public void GroupsSpokesman_SpeaksForTheGroupNamedBefore()
    {
        var claims = Extract(
            "The Houthis said they were undeterred. In a televised address, the group's military spokesman said its forces had launched two drones at the port of Eilat on Tuesday.",
            new DateOnly(2025, 6, 11));

        var claim = Assert.Single(claims);
        Assert.Equal(("Houthis", "Houthis", "Eilat"), (claim.Claimant, claim.Attacker, claim.PlaceNormalized));
    }

    [Fact]
    public void OfficialNamedWithoutRegion_SpeaksForTheRegionTheOfficeHoldersFileGivesThem()
    {
        var claims = Extract(
            "Протягом минулої доби російські військові обстріляли Антонівку та Білозерку, повідомив голова Херсонської ОВА Олександр Прокудін.\n\n" +
            "На Запоріжжі, за даними начальника ОВА Івана Федорова, окупанти завдали 9 авіаційних ударів по Малій Токмачці та Степногірську.",
            new DateOnly(2025, 9, 23), "uk");

        var zaporizhzhia = claims.Where(c => c.Claimant?.Contains("Fedorov", StringComparison.Ordinal) == true).ToList();
        Assert.Contains(zaporizhzhia, c => c.PlaceNormalized == "Mala Tokmachka");
        Assert.Contains(zaporizhzhia, c => c.PlaceNormalized == "Stepnohirsk");
        Assert.All(zaporizhzhia, c => Assert.StartsWith("Zaporizhzhia", c.Claimant, StringComparison.Ordinal));
    }

    [Fact]
    public void ArabicReportOnTheWarInUkraine_NamesItsTownsOfficialsAndAttackers()
    {
        var claims = Extract(
            "قال حاكم مقاطعة بيلغورود فياتشيسلاف غلادكوف إن رجلا قتل في هجوم بمسيرة أوكرانية على سيارة مدنية في مدينة شيبيكينو.",
            new DateOnly(2025, 6, 8), "ar");

        var claim = Assert.Single(claims);
        Assert.Equal(("Shebekino", "Ukraine"), (claim.PlaceNormalized, claim.Attacker));
        Assert.StartsWith("Belgorod regional governor", claim.Claimant, StringComparison.Ordinal);
    }

    [Fact]
    public void CountryNameAfterAnAttackNounInTheAccusative_IsItsAdjective_NotAPlace()
    {
        var claim = Assert.Single(Extract("وقال مسؤولون أوكرانيون إن هجوما روسيا بالمسيرات استهدف مدينة خاركيف ليلا.", new DateOnly(2025, 6, 8), "ar"));

        Assert.Equal(("Kharkiv", "Russia"), (claim.PlaceNormalized, claim.Attacker));
    }

    [Theory]
    [InlineData("Turkish warplanes struck a power station in Amuda twice, SOHR said.", "en", 2)]
    [InlineData("Российские войска дважды атаковали Херсон, сообщил губернатор.", "ru", 2)]
    [InlineData("Turkish warplanes struck a power station in Amuda, twice as many as last week, SOHR said.", "en", null)]
    public void StrikeRepeated_IsCountedAsManyTimes(string text, string language, int? strikes)
    {
        var claim = Assert.Single(Extract(text, new DateOnly(2024, 10, 25), language));

        Assert.Equal(strikes, claim.StrikeCount);
    }
}
