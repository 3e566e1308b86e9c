using Scraper.Extraction;

namespace Scraper.Core.Tests.Extraction;

/// <summary>
/// Reports that relay both sides of a cross-border campaign (Ukraine's strikes on Russian refineries and Russia's
/// governors and ministry; US/Israeli strikes on Yemen and the Houthis' claims), in English, Russian and Arabic.
/// </summary>
public sealed class CrossBorderRelayRuleTests
{
    private static readonly StrikeClaimExtractor Extractor = new();

    private static IReadOnlyList<StrikeClaim> Extract(string text, string language = "en", DateOnly? published = null) =>
        Extractor.Extract(new ExtractionInput(text, published ?? new DateOnly(2025, 6, 17), language, "news"));

    [Fact]
    public void SecurityServiceOfUkraine_ClaimsItsOwnDroneStrikes()
    {
        var claims = Extract("Drones of the Security Service of Ukraine (SBU) struck the Unecha oil pumping station in Russia's Bryansk Oblast and an oil depot in the town of Novozybkov on the night of 16-17 June, sources in the SBU said.");

        Assert.All(claims, c => Assert.Equal(("Security Service of Ukraine (SBU)", "Ukraine", "claim"), (c.Claimant, c.Attacker, c.Stance)));
        Assert.Contains(claims, c => c.PlaceNormalized == "Novozybkov");
    }

    [Fact]
    public void BareMinistrySpeakingOfRussianForces_IsRussiasMinistry_InAReportIssuedByTheGeneralStaff()
    {
        var claims = Extract(
            "Ukraine's General Staff said its forces had hit the Ryazan oil refinery overnight. " +
            "The Defense Ministry said air defenses had destroyed 96 Ukrainian drones over 11 regions overnight. " +
            "The ministry said Russian forces on Friday struck a fuel depot near Kupiansk, adding that all targets were hit.");

        var kupiansk = Assert.Single(claims, c => c.PlaceNormalized == "Kupiansk");
        Assert.Equal(("Russian Ministry of Defence", "Russia", "claim"), (kupiansk.Claimant, kupiansk.Attacker, kupiansk.Stance));
    }

    [Fact]
    public void BareMinistryNamingTheEnemysForcesAsTarget_StaysTheMinistryNamedBefore()
    {
        var claims = Extract(
            "Russian forces struck Ukrainian army units near the border town of Vovchansk on Saturday, Russia's Defense Ministry said. " +
            "The ministry said army aviation had also hit a Ukrainian army fuel depot in Kupiansk.");

        Assert.Equal("Russian Ministry of Defence", Assert.Single(claims, c => c.PlaceNormalized == "Kupiansk").Claimant);
    }

    [Theory]
    [InlineData("Governor Roman Busargin said Saratov had come under a \"massive drone attack\" overnight.")]
    [InlineData("The Saratov refinery was previously targeted overnight, when Ukrainian drones set fire to the plant.")]
    public void PlaceAsSubjectOfComingUnderAttackOrBeingTargeted_IsThePlace(string text)
    {
        Assert.Contains(Extract(text, published: new DateOnly(2025, 2, 18)), c => c.PlaceNormalized == "Saratov");
    }

    [Fact]
    public void AmongOthersBeforeAList_KeepsEveryListedSettlement()
    {
        var claims = Extract("Russian aircraft carried out airstrikes on, among others, Velyka Pysarivka, Myropillia and Khotin in Sumy Oblast over the past day, the General Staff reported.");

        Assert.Equal(["Velyka Pysarivka", "Myropillia", "Khotin"], claims.Select(c => c.Place));
    }

    [Fact]
    public void GroupInsideTheSpeakersName_IsNotTheTargetGroup()
    {
        var claims = Extract("По данным Генштаба ВСУ, сегодня авиационных ударов подверглись, в частности, районы населенных пунктов Великая Писаревка, Краснополье Сумской области.", "ru");

        Assert.Equal(2, claims.Count);
        Assert.All(claims, c => Assert.Equal(("Ukrainian General Staff", "Russia", null), (c.Claimant, c.Attacker, c.TargetGroup)));
    }

    [Fact]
    public void RussianSettlementAsSubjectOfAPassiveStrikeVerb_IsAPlace_AndThenIsNot()
    {
        var claims = Extract("Утром ВСУ обстреляли село Головчино. Тогда же Дорогощь была обстреляна из реактивной системы залпового огня, погибла пожилая женщина.", "ru", new DateOnly(2025, 8, 4));

        Assert.Equal(["Головчино", "Дорогощь"], claims.Select(c => c.Place));
    }

    [Fact]
    public void ArabicEachOfList_GivesEveryTown()
    {
        var claims = Extract("كما قصفت قوات النظام بالمدفعية الثقيلة، اليوم، كلاً من سرمين وآفس والنيرب وتفتناز بريف إدلب الشرقي، وفقاً لمصادر المرصد السوري.", "ar");

        Assert.Equal(["آفس", "النيرب", "تفتناز", "سرمين"], claims.Select(c => c.Place).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void WarBeingFoughtInAPlace_AndAShipNamedAfterAPerson_AreNoPlacesStruck()
    {
        Assert.Equal(
            ["Red Sea"],
            Extract("The Houthis attacked a merchant ship in the Red Sea on Monday in what they called solidarity with Palestinians during the Israel-Hamas war in Gaza.").Select(c => c.PlaceNormalized));
        Assert.DoesNotContain(
            Extract("On Sunday, the Houthis said they had targeted the Harry S. Truman and its accompanying warships with 18 ballistic and cruise missiles."),
            c => c.Place == "Harry S");
    }

    [Fact]
    public void AttacksCountedSinceMidMonth_AreATallyNotAClaim()
    {
        Assert.Empty(Extract("US and allied troops in Iraq and Syria have come under attack more than 150 times since mid-October, according to the Pentagon."));
    }

    [Fact]
    public void IsraelsMilitarySaid_IsTheIdfsClaim()
    {
        var claim = Assert.Single(Extract("Israel struck the Houthi-held Red Sea port of Hodeidah on Monday, Israel's military said.", published: new DateOnly(2025, 5, 6)));

        Assert.Equal(("IDF", "Israel", "claim"), (claim.Claimant, claim.Attacker, claim.Stance));
    }

    [Fact]
    public void RevolutionaryGuardAndRescueService_AreTheirOwnSpeakers()
    {
        var claims = Extract(
            "Iran's Revolutionary Guard said it had launched dozens of ballistic missiles at military targets in Haifa late Friday. " +
            "Israel's Magen David Adom rescue service said three people were killed when a missile struck an apartment building in Rishon LeZion overnight.",
            published: new DateOnly(2025, 6, 14));

        Assert.Equal(
            [("Haifa", "Islamic Revolutionary Guard Corps", "Iran", "claim"), ("Rishon LeZiyyon", "Magen David Adom", "Iran", "report")],
            claims.Select(c => (c.PlaceNormalized, c.Claimant, c.Attacker, c.Stance)));
    }

    [Fact]
    public void UkrainianOfficialInARussianLanguageReport_HasRussiaAsTheEnemy_AndCasesWithAFleetingVowelResolve()
    {
        var claims = Extractor.Extract(new ExtractionInput(
            "Глава Днепропетровской ОВА Сергей Лысак сообщил, что ночью враг атаковал Днепр. Кроме того, оккупанты весь день били по Никополю и Марганцу из артиллерии.",
            null, "ru", "news"));

        Assert.Equal(["Dnipro", "Nikopol", "Marhanets"], claims.Select(c => c.PlaceNormalized));
        Assert.All(claims, c => Assert.Equal("Russia", c.Attacker));
    }

    [Fact]
    public void TheCommandSaid_AfterAnotherSpeakerIsNamedLater_IsTheCommandOfTheSentence()
    {
        var claims = Extract(
            "U.S. Central Command (CENTCOM) forces on Friday conducted airstrikes on three ISIS camps in the desert near Palmyra, the command said in a statement on Saturday.\n\n" +
            "The Syrian Observatory for Human Rights said at least five ISIS members were killed in Friday's strikes near al-Sukhnah.",
            published: new DateOnly(2024, 10, 12));

        Assert.Equal(("CENTCOM", "claim"), (Assert.Single(claims, c => c.PlaceNormalized == "Palmyra").Claimant, claims[0].Stance));
    }

    [Fact]
    public void AccordingToTheStatement_IsTheStatementOfWhoeverSpokeLast()
    {
        var claims = Extract(
            "قالت قوات سوريا الديمقراطية في بيان، الخميس، إن الطائرات التركية شنت أكثر من 30 غارة على مناطق شمال شرقي سوريا.\n\n" +
            "وبحسب البيان، استهدفت غارة بطائرة مسيّرة مساء الأربعاء فرناً في مدينة القامشلي، ما أسفر عن مقتل ثلاثة عمال.",
            "ar", new DateOnly(2024, 10, 25));

        Assert.Equal(("Syrian Democratic Forces", "Turkey"), (Assert.Single(claims).Claimant, claims[0].Attacker));
    }

    [Fact]
    public void AttacksClaimedInTheFirstSixMonths_AreATally()
    {
        Assert.Empty(Extract("CENTCOM said in July that the group had claimed 153 attacks in Iraq and Syria in the first six months of 2024."));
    }

    [Fact]
    public void MinistrySpeakingFromItsCapital_IsThatStatesMinistry_AndTheCapitalIsNoPlace()
    {
        var claim = Assert.Single(Extract("In Moscow, the defence ministry said it had carried out a \"massive strike\" on the Starokostiantyniv airfield in the Khmelnytskyi region."));

        Assert.Equal(("Starokostiantyniv", "Russian Ministry of Defence", "claim"), (claim.PlaceNormalized, claim.Claimant, claim.Stance));
    }

    [Fact]
    public void RegionalHeadAndPortCityOf_AreTheGovernorAndTheCityStruck()
    {
        var claims = Extract(
            "Russia has attacked the Black Sea port city of Odesa with drones, Ukrainian officials say. " +
            "Odesa regional head Oleh Kiper said a ballistic missile struck port infrastructure in the Izmail district overnight.",
            published: new DateOnly(2026, 1, 14));

        Assert.DoesNotContain(claims, c => c.PlaceNormalized == "Black Sea");
        Assert.Equal("Odesa regional governor Oleh Kiper", Assert.Single(claims, c => c.PlaceNormalized == "Izmail").Claimant);
    }

    [Fact]
    public void DenialAfterTheOtherSidesAccusations_KeepsTheDeniersSideAsAttacker_AndSlammedIntoIsAStrike()
    {
        var claims = Extract(
            "A Russian missile slammed into a five-storey apartment block in the central Ukrainian city of Dnipro on Friday, killing one person, regional governor Serhiy Lysak said. " +
            "Russia's Defence Ministry said on Saturday its forces had struck a fuel depot in the Dnipropetrovsk region. " +
            "The ministry denied Ukrainian accusations that it had targeted the apartment block in Dnipro.",
            published: new DateOnly(2024, 6, 29));

        Assert.Contains(claims, c => (c.PlaceNormalized, c.Stance, c.Attacker) == ("Dnipro", "report", "Russia"));
        Assert.Contains(claims, c => (c.PlaceNormalized, c.Stance, c.Attacker, c.Claimant) == ("Dnipro", "denial", "Russia", "Russian Ministry of Defence"));
    }

    [Fact]
    public void RocketBarrageAtTowns_IsAStrikeClaimOfTheGroup()
    {
        var claims = Extract("Hamas's armed wing, the Izz ad-Din al-Qassam Brigades, says it fired a rocket barrage at Tel Aviv and Ashkelon a short while ago.", published: new DateOnly(2023, 11, 5));

        Assert.Equal(["Tel Aviv", "Ashkelon"], claims.Select(c => c.PlaceNormalized));
        Assert.All(claims, c => Assert.Equal(("Hamas", "Hamas", "claim"), (c.Claimant, c.Attacker, c.Stance)));
    }

    [Fact]
    public void UkrainianDenialByTheRussianMinistry_WithAYearBeforeTheStrikeNoun_IsADenialOfOneStrike()
    {
        // The year two words before "удару" is no count; the singular noun is one strike ("a strike" counts as 1).
        var claim = Assert.Single(Extract("Окремо у Міноборони рф заперечили, що 7 березня 2025 року завдавали удару по центру Добропілля.", "uk", new DateOnly(2025, 3, 10)));

        Assert.Equal(("Russian Ministry of Defence", "Russia", "denial", "2025-03-07", (int?)1), (claim.Claimant, claim.Attacker, claim.Stance, claim.EventDate, claim.StrikeCount));
    }

    [Theory]
    [InlineData("За твердженням відомства, удар був спрямований по аеродрому в Старокостянтинові, звідки, як стверджують у Москві, здійснюють вильоти літаки.")]
    [InlineData("У Москві традиційно заявили, що удари по аеродрому в Старокостянтинові завдали їхні війська.")]
    public void CapitalTheStatementComesFrom_IsNoPlaceStruck_InUkrainian(string text)
    {
        Assert.Equal(["Starokostiantyniv"], Extract(text, "uk").Select(c => c.PlaceNormalized));
    }

    [Fact]
    public void IranianBackedMilitiasAndTheFathMubinOperationsRoom_AreAttackers()
    {
        var militias = Extract("SOHR activists have reported that Iranian-backed militias shelled the village of Dhiban in the eastern countryside of Deir Ezzor last night.", published: new DateOnly(2024, 3, 18));
        var room = Extract("وقالت غرفة عمليات الفتح المبين إنها استهدفت بالصواريخ معسكر جورين في سهل الغاب بريف حماة الغربي.", "ar", new DateOnly(2023, 10, 7));

        Assert.Equal("Iran-backed militias", Assert.Single(militias).Attacker);
        Assert.Equal(("al-Fath al-Mubin operations room", "claim"), (Assert.Single(room).Attacker, room[0].Stance));
    }

    [Fact]
    public void ArmedForcesTargetGroups_AreNamedAsTheCodebookLists()
    {
        var claim = Assert.Single(Extract("Russian forces struck Ukrainian troops near the village of Lyptsi on Saturday, Russia's Defense Ministry said."));

        Assert.Equal("Ukrainian armed forces", claim.TargetGroup);
    }
}
