using Scraper.Extraction;

namespace Scraper.Core.Tests.Extraction;

/// <summary>Who a relayed claim belongs to: officials cited in a lead, inverted "сообщил губернатор", unnamed ministries, agents of passive strikes.</summary>
public sealed class RelayedClaimantRuleTests
{
    private static readonly StrikeClaimExtractor Extractor = new();

    private static IReadOnlyList<StrikeClaim> Extract(string text, string lang = "en", string kind = "news", DateOnly? published = null) =>
        Extractor.Extract(new ExtractionInput(text, published ?? new DateOnly(2025, 5, 12), lang, kind));

    [Fact]
    public void GovernorCitedInTheLead_OwnsTheUnattributedIncidents_EvenWhenAMinistryIsCitedLater()
    {
        const string text = "Два человека ранены при атаках ВСУ на Белгородскую область, сообщил губернатор региона Вячеслав Гладков.\n\n"
            + "Утром в селе Головчино FPV-дрон атаковал легковой автомобиль.\n\n"
            + "Днем ВСУ выпустили по селу Журавлевка пять минометных снарядов.\n\n"
            + "Ранее Минобороны России сообщило, что ночью средства ПВО перехватили 12 беспилотников над Курской областью.";

        var claims = Extract(text, lang: "ru");

        Assert.Equal(2, claims.Count);
        Assert.All(claims, c => Assert.StartsWith("Belgorod regional governor", c.Claimant, StringComparison.Ordinal));
        Assert.All(claims, c => Assert.Equal("Ukraine", c.Attacker));
        Assert.All(claims, c => Assert.Equal("RU", c.Country));
    }

    [Fact]
    public void InvertedSpeakerAfterTheAccount_IsTheClaimant_NotTheForcesItNames()
    {
        var claim = Assert.Single(Extract("Вооруженные силы Украины обстреляли из минометов поселок Климово Брянской области, сообщил губернатор региона в своем Telegram-канале.", lang: "ru"));

        Assert.Equal("Ukraine", claim.Attacker);
        Assert.Contains("governor", claim.Claimant, StringComparison.Ordinal);
        Assert.Equal("report", claim.Stance);
    }

    [Fact]
    public void GovernorNamedWithHisOblast_IsThatOblastsGovernor_WithoutTheOblastAsHisName()
    {
        const string text = "Украинский беспилотник атаковал поселок Климово, сообщил губернатор Брянской области Александр Богомаз.\n\n"
            + "В соседнем регионе в результате обстрела села Теткино повреждены два дома, сообщил губернатор Курской области.";

        var tetkino = Assert.Single(Extract(text, lang: "ru"), c => c.Place == "Теткино");

        Assert.StartsWith("Kursk regional governor", tetkino.Claimant, StringComparison.Ordinal);
        Assert.DoesNotContain("Bogomaz", tetkino.Claimant, StringComparison.Ordinal);
    }

    [Fact]
    public void UnnamedDefenceMinistry_IsTheMinistryOfTheStateTheLeadQuotes()
    {
        const string text = "Russia says it downed 30 drones, struck airfield in western Ukraine\n\n"
            + "MOSCOW, Oct 7 - Russian air defence units destroyed 30 Ukrainian drones overnight, the Defence Ministry said on Monday.\n\n"
            + "The ministry also said Russian forces had struck a military airfield near the town of Starokostiantyniv with Iskander missiles on Sunday.";

        var claim = Assert.Single(Extract(text, published: new DateOnly(2024, 10, 7)));

        Assert.Equal("Russian Ministry of Defence", claim.Claimant);
        Assert.Equal("Russia", claim.Attacker);
        Assert.Equal("claim", claim.Stance);
    }

    [Fact]
    public void ActorNamingThePassiveStrike_IsTheAttacker_NotTheCommandersGroup()
    {
        var claim = Assert.Single(Extract("The IDF said a Hezbollah commander responsible for rocket attacks was eliminated in a precise IAF strike in the area of Nabatieh on Sunday.", kind: "ministry", published: new DateOnly(2024, 10, 22)));

        Assert.Equal("Israel", claim.Attacker);
        Assert.Equal("claim", claim.Stance);
    }

    [Fact]
    public void GroupSayingItsFightersTargetedAPlace_IsTheAttacker_AfterAnotherSidesStrikes()
    {
        var claims = Extract("The strikes came hours after Hezbollah said its fighters had targeted an army base near Kiryat Shmona with rockets on Monday.", published: new DateOnly(2024, 2, 27));

        var claim = Assert.Single(claims, c => c.PlaceNormalized == "Kiryat Shmona");
        Assert.Equal("Hezbollah", claim.Attacker);
        Assert.Equal("claim", claim.Stance);
    }

    [Fact]
    public void TollSinceTheWarBegan_InTheNextParagraph_IsNotThisStrikesToll()
    {
        const string text = "The IDF said its aircraft had targeted a senior Hamas operative in Rafah.\n\n"
            + "The ministry says more than 29,700 people have been killed in the Strip since the war began.";

        var claim = Assert.Single(Extract(text, published: new DateOnly(2024, 2, 27)));

        Assert.Null(claim.Killed);
    }

    [Fact]
    public void CompoundAdjectiveEndingInHit_ReportsNoStrike()
    {
        Assert.Empty(Extract("The ministers discussed water sharing in drought-hit Iraq and a corridor linking the Gulf port of Faw to the Turkish border.", published: new DateOnly(2024, 5, 8)));
    }

    [Fact]
    public void TurkishMinistryAirOperations_InNamedRegions_AreClaimsOnEachRegion_AndTheSdfSpeaksForItself()
    {
        const string text = "ANKARA, June 18 - Turkish warplanes killed 12 Kurdish militants in northern Iraq over the weekend, Turkey's Defence Ministry said on Tuesday.\n\n"
            + "The ministry said the air operations, carried out on Sunday in the Metina and Gara regions, had destroyed caves used by the PKK.\n\n"
            + "In north-east Syria, the Syrian Democratic Forces (SDF) said a Turkish drone carried out a strike on a vehicle near Qamishli on Monday.";

        var claims = Extract(text, published: new DateOnly(2024, 6, 18));

        Assert.Equal("Turkish Ministry of National Defence", Assert.Single(claims, c => c.Place == "Metina").Claimant);
        Assert.Equal("Turkish Ministry of National Defence", Assert.Single(claims, c => c.Place == "Gara").Claimant);
        var qamishli = Assert.Single(claims, c => c.PlaceNormalized == "Qamishli");
        Assert.Equal("Syrian Democratic Forces", qamishli.Claimant);
        Assert.Equal("Turkey", qamishli.Attacker);
        Assert.Equal("report", qamishli.Stance);
    }

    [Fact]
    public void HouthiSpokesmanAddsAnotherOperation_TheHouthisClaimIt_NotTheArmyNamedLater()
    {
        const string text = "صنعاء – أعلنت جماعة أنصار الله (الحوثيين) في اليمن، مساء أمس الأربعاء، تنفيذ عمليات عسكرية.\n\n"
            + "وقال المتحدث العسكري باسم الجماعة العميد يحيى سريع، في بيان متلفز، إن القوات البحرية استهدفت سفينة تجارية.\n\n"
            + "وأضاف سريع أن سلاح الجو المسيّر استهدف هدفاً حيوياً في منطقة أم الرشراش بطائرتين مسيّرتين.\n\n"
            + "وفي وقت لاحق، أعلن الجيش الإسرائيلي أن طائرات حربية شنّت فجر اليوم الخميس غارات على ميناء الحديدة.";

        var claims = Extract(text, lang: "ar", published: new DateOnly(2024, 11, 14));

        Assert.Equal("Houthis", Assert.Single(claims, c => c.PlaceNormalized == "Eilat").Claimant);
        Assert.Equal("IDF", Assert.Single(claims, c => c.PlaceNormalized == "Hodeidah").Claimant);
        Assert.DoesNotContain(claims, c => c.PlaceNormalized == "Yemen");
    }

    [Fact]
    public void GroupOwningWhatWasHit_IsNoSpeaker()
    {
        var claims = Extract("Over the past day Russian aircraft destroyed three hideouts of Hayat Tahrir al-Sham near Ariha, the ministry said in its daily bulletin.", published: new DateOnly(2024, 6, 25));
        var centre = Extract("Russian jets struck a drone workshop close to Mhambal, the Centre for Reconciliation of the Opposing Parties said.", published: new DateOnly(2024, 6, 25));

        Assert.NotEqual("Hayat Tahrir al-Sham", Assert.Single(claims).Claimant);
        Assert.Equal("Russian Ministry of Defence", Assert.Single(centre).Claimant);
    }

    [Fact]
    public void PronounSpeaker_IsWhoeverSpokeLast_AndTheMinistryIsTheHealthMinistryJustNamed()
    {
        const string text = "Israeli strikes on southern Lebanon killed 12 people on Monday, Lebanon's Health Ministry said. "
            + "Strikes on Monday on the town of Qana killed five people, the ministry said. "
            + "The Israeli military said it had hit dozens of Hezbollah targets on Monday. "
            + "It said an airstrike in Tyre on Monday had killed a Hezbollah commander, but did not comment on civilian casualties.";

        var claims = Extract(text, published: new DateOnly(2024, 11, 5));

        Assert.Equal("Health Ministry", Assert.Single(claims, c => c.Place == "Qana").Claimant);
        var tyre = Assert.Single(claims, c => c.PlaceNormalized == "Tyre");
        Assert.Equal(("IDF", "Israel", "claim"), (tyre.Claimant, tyre.Attacker, tyre.Stance));
    }

    [Fact]
    public void GovernorNamedBeforeTheTitle_InASentenceWithNoPlace_NamesTheNextClaims()
    {
        var claims = Extract("Russian forces attacked the Nikopol district more than 15 times on Saturday, Serhii Lysak, Head of Dnipropetrovsk Oblast Military Administration, has reported. Nikopol and Marhanets came under fire.", published: new DateOnly(2024, 9, 29));

        Assert.All(claims, c => Assert.EndsWith("Serhii Lysak", c.Claimant, StringComparison.Ordinal));
        Assert.Equal(2, claims.Count);
    }

    [Fact]
    public void GovernorNamedInTheGenitive_IsNamedInTheNominative()
    {
        var claim = Assert.Single(Extract("По словам губернатора Вячеслава Гладкова, ВСУ обстреляли Шебекино.", lang: "ru", published: new DateOnly(2024, 9, 29)));

        Assert.EndsWith("Vyacheslav Gladkov", claim.Claimant, StringComparison.Ordinal);
    }

    [Fact]
    public void NamedGovernor_SpeaksForTheRegionMostOfTheirPlacesLieIn()
    {
        const string text = "Oleksandr Prokudin, Head of the Kherson Regional Military Administration, said the enemy shelled Antonivka, Bilozerka, Beryslav, Tiahynka and Stanislav over the past day.";

        var claims = Extract(text, published: new DateOnly(2023, 8, 17));

        Assert.Equal(5, claims.Count);
        Assert.All(claims, c => Assert.Equal("Kherson regional governor Oleksandr Prokudin", c.Claimant));
    }

    [Fact]
    public void DenialVerb_BindsItsSpeaker()
    {
        var claim = Assert.Single(Extract("Russia's Defense Ministry denied that its forces had struck the hospital in Selydove, saying the damage was caused by a falling air defence missile.", published: new DateOnly(2023, 11, 26)));

        Assert.Equal(("Russian Ministry of Defence", "denial"), (claim.Claimant, claim.Stance));
    }

    [Fact]
    public void OfficialMetAgainBySurname_SpeaksRatherThanTheHospitalInWhatWasSaid()
    {
        var claims = Extract("Kursk Governor Alexander Khinshtein said two drones hit Lgov on Saturday. Khinshtein said a drone attack on a car in the village of Krupets had also injured the driver, who was taken to hospital.", published: new DateOnly(2025, 8, 24));

        Assert.Equal("Kursk regional governor Alexander Khinshtein", Assert.Single(claims, c => c.Place == "Krupets").Claimant);
    }

    [Fact]
    public void AccordingToTheAgency_IsTheNewsAgencyNamedBefore_NotTheMinistryBetween()
    {
        const string text = "وأفادت الوكالة الوطنية للإعلام بأن مسيرة إسرائيلية استهدفت دراجة نارية في بلدة كفرا. "
            + "وأعلنت وزارة الصحة اللبنانية مقتل شخص في الغارة. "
            + "كما شن الطيران الحربي الإسرائيلي غارات اليوم على بلدات عيتا الشعب وكفركلا، بحسب الوكالة.";

        var claims = Extract(text, lang: "ar", published: new DateOnly(2024, 8, 13));

        Assert.Equal("National News Agency", Assert.Single(claims, c => c.Place == "كفركلا").Claimant);
    }

    [Fact]
    public void AnotherRegionsAuthority_IsNotNamedAfterTheGovernorNamedBefore_AndItsAccountGoesOnUnnamed()
    {
        const string text = "Kharkiv Governor Oleh Syniehubov said Russian shelling hit Vovchansk on Saturday. "
            + "In neighbouring Sumy Oblast, Russian troops carried out 96 attacks on 29 settlements over the past day, the Sumy Oblast Military Administration said. "
            + "The heaviest shelling hit the Yunakivka and Bilopillia communities near the border.";

        var claims = Extract(text, published: new DateOnly(2024, 5, 12));

        Assert.EndsWith("Oleh Syniehubov", Assert.Single(claims, c => c.PlaceNormalized == "Vovchansk").Claimant, StringComparison.Ordinal);
        Assert.All(claims.Where(c => c.PlaceNormalized != "Vovchansk"), c => Assert.DoesNotContain("Syniehubov", c.Claimant, StringComparison.Ordinal));
    }

    [Fact]
    public void GovernorOfARegion_NamedInApposition_IsThatPerson()
    {
        var claims = Extract("Kharkiv Governor Oleh Syniehubov said Russian shelling hit Vovchansk on Saturday. Across the border, the governor of Russia's Belgorod region, Vyacheslav Gladkov, said Ukrainian forces fired rockets at the town of Shebekino on Saturday.", published: new DateOnly(2024, 5, 12));

        Assert.Equal("Belgorod regional governor Vyacheslav Gladkov", Assert.Single(claims, c => c.PlaceNormalized == "Shebekino").Claimant);
    }

    [Fact]
    public void MinistryRaisingTheDeathToll_IsTheClaimant()
    {
        var claim = Assert.Single(Extract("The Houthi-run health ministry raised the death toll from a US strike on a migrant detention centre in the city of Saada to 68.", published: new DateOnly(2025, 4, 30)));

        Assert.Equal("Health Ministry", claim.Claimant);
    }

    [Theory]
    [InlineData("Обстановка в Белгородской области за прошедшие сутки.\n\nШебекинский округ. ВСУ атаковали город Шебекино, выпущено 14 боеприпасов.", "ru", "Belgorod")]
    [InlineData("Харківщина: наслідки ворожих обстрілів за минулу добу\n\nУчора ворог завдав удару по Куп'янську.", "uk", "Kharkiv")]
    public void RegionalAuthoritysOwnPost_NamingOnlyItsRegion_IsTheRegionalAuthoritys(string text, string lang, string region)
    {
        var claims = Extractor.Extract(new ExtractionInput(text, new DateOnly(2025, 3, 12), lang, "ministry"));

        Assert.NotEmpty(claims);
        Assert.All(claims, c => Assert.StartsWith(region + " regional governor", c.Claimant, StringComparison.Ordinal));
    }

    [Fact]
    public void GeneralStaffBulletinTitle_NamesItsIssuer()
    {
        const string text = "Оперативна інформація станом на 08.00 19.11.2024 щодо російського вторгнення\n\nВчора противник завдав авіаударів по Гуляйполю та Малій Токмачці Запорізької області.";

        var claims = Extractor.Extract(new ExtractionInput(text, new DateOnly(2024, 11, 19), "uk", "ministry"));

        Assert.NotEmpty(claims);
        Assert.All(claims, c => Assert.Equal("Ukrainian General Staff", c.Claimant));
    }

    [Fact]
    public void IranBackedMilitants_AreTheAttackers_NotIranSpeaking_AndTheBaseIsCurated()
    {
        var claim = Assert.Single(Extract("A US defence official confirmed that a one-way attack drone launched by Iran-backed militants struck near the runway at Ain al-Asad on Wednesday.", published: new DateOnly(2023, 11, 9)));

        Assert.Equal(("US military", "Iran-backed militias", "Ain al-Asad", "IQ"), (claim.Claimant, claim.Attacker, claim.PlaceNormalized, claim.Country));
    }

    [Fact]
    public void ReportRelayingSeveralIssuers_CreditsEachStretchToTheIssuerCitedLastBeforeIt()
    {
        const string text = "Генштаб: минулої доби ворог завдав 45 авіаударів\n\n"
            + "Про це повідомляє Генеральний штаб ЗСУ у ранковому зведенні, передає Укрінформ.\n\n"
            + "Минулої доби авіаційних ударів зазнали Ямпіль Сумської області та Синьківка Харківської області.\n\n"
            + "Сили ППО вночі збили всі 22 ударні дрони, повідомили Повітряні сили.";

        var claims = Extract(text, lang: "uk", published: new DateOnly(2024, 3, 12));

        Assert.Equal(2, claims.Count);
        Assert.All(claims, c => Assert.Equal("Ukrainian General Staff", c.Claimant));
    }

    [Fact]
    public void SecondGovernor_OpeningASentenceWithTheirTitle_SpeaksForTheirOwnRegion()
    {
        const string text = "Украинские беспилотники в воскресенье атаковали Рыльск Курской области, сообщил губернатор региона Александр Хинштейн.\n\n"
            + "Губернатор Брянской области Александр Богомаз сообщил, что в воскресенье ВСУ обстреляли из минометов поселок Климово.";

        var claims = Extract(text, lang: "ru", published: new DateOnly(2025, 8, 3));

        Assert.Equal(["Kursk regional governor Alexander Khinshtein", "Bryansk regional governor Alexander Bogomaz"], claims.Select(c => c.Claimant));
    }

    [Fact]
    public void AgencyWithItsAbbreviationInBrackets_IsTheSpeaker()
    {
        var claim = Assert.Single(Extract("An Israeli drone strike on a car near Naqoura killed two people on Thursday, Lebanon's state-run National News Agency (NNA) reported.", published: new DateOnly(2024, 5, 16)));

        Assert.Equal(("National News Agency", "report"), (claim.Claimant, claim.Stance));
    }

    [Fact]
    public void TheGroup_IsTheArmedGroupNamedLast_AndItsAccountDoesNotCoverTheEnemysShelling()
    {
        const string text = "The Israeli military said its aircraft had struck a vehicle in the area of Naqoura on Thursday. "
            + "Hezbollah said it had fired dozens of rockets at Kiryat Shmona. The Israeli army said 15 rockets crossed from Lebanon. "
            + "The group also claimed attacks on Israeli army positions in Metula on Thursday. "
            + "On Thursday, Israeli shelling also struck the outskirts of Kfarchouba.";

        var claims = Extract(text, published: new DateOnly(2024, 5, 16));

        Assert.Equal(("Hezbollah", "claim"), (Assert.Single(claims, c => c.Place == "Metula").Claimant, Assert.Single(claims, c => c.Place == "Metula").Stance));
        Assert.NotEqual("Hezbollah", Assert.Single(claims, c => c.Place == "Kfarchouba").Claimant);
    }

    [Fact]
    public void SudanesePartiesToTheWar_AreActorsAndTargetGroups_InEnglishAndArabic()
    {
        var army = Assert.Single(Extract("Sudan's army said its aircraft struck RSF positions near En Nahud on Monday.", published: new DateOnly(2025, 5, 6)));
        var rsf = Assert.Single(Extract("وكانت مسيّرات تابعة لقوات الدعم السريع قد استهدفت يوم الأحد قاعدة جوية ومستودعاً للبضائع في بورتسودان.", lang: "ar", published: new DateOnly(2025, 5, 6)));

        Assert.Equal(("Sudanese Armed Forces", "Sudanese Armed Forces", "claim", "Rapid Support Forces"), (army.Claimant, army.Attacker, army.Stance, army.TargetGroup));
        Assert.Equal(("Rapid Support Forces", "Port Sudan"), (rsf.Attacker, rsf.PlaceNormalized));
    }

    [Fact]
    public void ArabicClaimedVerb_AttributesTheStrike()
    {
        var claim = Assert.Single(Extract("وزعمت وزارة الدفاع الروسية أن القوات الجوية الروسية دمرت أمس السبت مستودعاً للذخيرة قرب بلدة سرمين شرقي إدلب.", lang: "ar", kind: "monitor", published: new DateOnly(2023, 10, 15)));
        var idf = Assert.Single(Extract("وادعى جيش الاحتلال في بيان أنه أغار الليلة الماضية على مقرات تابعة لحزب الله في الضاحية الجنوبية.", lang: "ar", published: new DateOnly(2024, 10, 24)));

        Assert.Equal(("Russian Ministry of Defence", "claim"), (claim.Claimant, claim.Stance));
        Assert.Equal(("IDF", "claim", "Dahieh"), (idf.Claimant, idf.Stance, idf.PlaceNormalized));
    }

    [Fact]
    public void UnsignedRussianPostAboutTownsOfOneRussianOblast_IsItsGovernors()
    {
        const string text = "Сегодня днём ВСУ нанесли ракетный удар по Белгороду. Ранены пять человек.\n\nТакже в течение дня Шебекино дважды подвергся обстрелу из РСЗО.";

        var claims = Extract(text, lang: "ru", kind: "ministry", published: new DateOnly(2024, 4, 18));

        Assert.Equal(2, claims.Count);
        Assert.All(claims, c => Assert.Equal(("Belgorod regional governor Vyacheslav Gladkov", "Ukraine"), (c.Claimant, c.Attacker)));
    }

    [Fact]
    public void SyriasDefenceMinistry_SpeaksForTheGovernment()
    {
        var claims = Extract("Syria's Defence Ministry said in a statement on Saturday that army units had shelled positions around Afis and Taftanaz in the eastern Idlib countryside.", published: new DateOnly(2024, 6, 16));

        Assert.Equal(2, claims.Count);
        Assert.All(claims, c => Assert.Equal(("Syrian government", "claim"), (c.Claimant, c.Stance)));
    }

    [Fact]
    public void UkrainesSouthernDefenseForces_ClaimTheirStrike_OnRenamedOleshky()
    {
        var claim = Assert.Single(Extract("Водночас Сили оборони півдня України повідомили, що уразили склад боєприпасів окупантів в Олешках на лівобережжі Херсонщини.", lang: "uk", published: new DateOnly(2025, 2, 10)));

        Assert.Equal(("Southern Defense Forces", "Ukraine", "claim", 691037L), (claim.Claimant, claim.Attacker, claim.Stance, claim.GeonamesId));
    }

    [Fact]
    public void RegionalAdministrationNamedWithItsRegion_SpeaksForIt_WhenItsAccountGoesOnWithIt()
    {
        const string text = "In Ukraine, the Sumy regional military administration said Russian forces had shelled the border region 29 times over the past day. "
            + "The communities of Khotin, Krasnopillia and Velyka Pysarivka came under fire, it said.";

        var claims = Extract(text, published: new DateOnly(2024, 9, 22));

        Assert.Equal(3, claims.Count);
        Assert.All(claims, c => Assert.Equal(("Sumy regional governor Volodymyr Artiukh", "21"), (c.Claimant, c.Admin1)));
    }
}
