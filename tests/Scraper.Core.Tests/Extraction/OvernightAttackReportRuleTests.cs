using Scraper.Extraction;

namespace Scraper.Core.Tests.Extraction;

/// <summary>
/// Reports of a night's attacks as the Air Force, oblast administrations and governors give them (en, uk, ru), and
/// monitors' reports of armed groups' fire (en, ar): who speaks for which region, what is a count, what is a place.
/// </summary>
public sealed class OvernightAttackReportRuleTests
{
    private static readonly StrikeClaimExtractor Extractor = new();

    private static IReadOnlyList<StrikeClaim> Extract(string text, string language = "en", DateOnly? published = null, string kind = "news") =>
        Extractor.Extract(new ExtractionInput(text, published, language, kind));

    [Fact]
    public void RegionalAdministrationNotNamingItsRegion_SpeaksForTheOblastTheSentenceNames()
    {
        var claims = Extract(
            "In Kharkiv Oblast, Russian drones struck a house in the village of Kutuzivka overnight, Governor Oleh Syniehubov said. " +
            "Over the past day, Russian troops carried out 74 attacks against 29 settlements in Sumy Oblast, with explosions recorded in the " +
            "Bilopillia, Krasnopillia, Khotin and Esman communities, the regional military administration reported.",
            published: new DateOnly(2025, 5, 6));

        var sumy = claims.Where(c => c.Place is "Bilopillia" or "Krasnopillia" or "Khotin" or "Esman").ToList();
        Assert.Equal(4, sumy.Count);
        Assert.All(sumy, c => Assert.StartsWith("Sumy ", c.Claimant, StringComparison.Ordinal));
        Assert.All(sumy, c => Assert.Equal("21", c.Admin1));
        Assert.DoesNotContain(claims, c => c.Claimant!.Contains("Syniehubov", StringComparison.Ordinal) && c.Admin1 != "07");
    }

    [Theory]
    [InlineData("Russian drones hit port infrastructure in Odesa Oblast's Izmail district overnight, Governor Oleh Kiper said.", "Izmail")]
    [InlineData("Russian missiles struck Ukraine's Sumy overnight, the regional administration said.", "Sumy")]
    public void PossessiveRegionBeforeATown_LocatesTheTown(string text, string town)
    {
        Assert.Equal(town, Assert.Single(Extract(text, published: new DateOnly(2025, 5, 6))).PlaceNormalized);
    }

    [Fact]
    public void NumberOfAttackDronesLaunched_IsNoStrikeCount_AndTheAirForceOfTheArmedForcesSpeaks()
    {
        var claim = Assert.Single(Extract(
            "Russian forces attacked Ukraine on the night of 20-21 September with 579 attack drones of the Shahed type, as well as 40 missiles, " +
            "the Air Force of the Armed Forces of Ukraine has reported.",
            published: new DateOnly(2025, 9, 21)));

        Assert.Null(claim.StrikeCount);
        Assert.Equal("Ukrainian Air Force", claim.Claimant);
    }

    [Fact]
    public void GroupNamedAsTheAttacker_IsNotTheTargetGroup_AndRegimePositionsAreGovernmentForces()
    {
        var claims = Extract("In response, HTS fighters fired dozens of rockets at regime positions in Saraqib and Kafr Nabl earlier today, SOHR sources said.",
            published: new DateOnly(2023, 10, 9));

        Assert.Equal(2, claims.Count);
        Assert.All(claims, c => Assert.Equal(("Hayat Tahrir al-Sham", "Syrian government forces"), (c.Attacker, c.TargetGroup)));
    }

    [Theory]
    [InlineData("Противник здійснив авіаудар по Кривому Рогу.", "uk", 1)]
    [InlineData("Росіяни завдали ударів по Малій Токмачці.", "uk", null)]
    [InlineData("ВСУ нанесли удар по Белгороду.", "ru", 1)]
    [InlineData("شن الطيران الإسرائيلي غارة على بلدة الخيام.", "ar", 1)]
    public void SingularStrikeNounWithoutNumber_CountsOne_AsAnAirstrikeDoesInEnglish(string text, string language, int? count)
    {
        Assert.Equal(count, Assert.Single(Extract(text, language, new DateOnly(2024, 11, 20))).StrikeCount);
    }

    [Fact]
    public void VillagesGeoNamesLacks_InTheListThatNamesTheShelledSettlements_AreClaimsInTheRegionSaidBefore()
    {
        var claims = Extract(
            "Минулої доби російські військові обстрілювали з артилерії 29 населених пунктів Херсонської області. " +
            "За його словами, під ворожим вогнем, зокрема, перебували Антонівка, Станіслав, Кізомис, Тягинка, Берислав та Херсон.",
            "uk", new DateOnly(2024, 8, 18));

        Assert.Equal(["Антонівка", "Станіслав", "Кізомис", "Тягинка", "Берислав", "Херсон"], claims.Select(c => c.Place));
        Assert.All(claims, c => Assert.Equal("UA", c.Country));
        Assert.Equal("08", Assert.Single(claims, c => c.Place == "Кізомис").Admin1);
    }

    [Fact]
    public void UnsignedPostNamingOnlyTownsOfOneOblast_IsItsGovernorsReport_AndCiviliansAreNoTown()
    {
        var claims = Extract(
            "Коротко о ситуации в регионе за прошедшие сутки.\n\n" +
            "Шебекинский округ. В селе Новая Таволжанка FPV-дрон ВСУ нанёс удар по грузовому автомобилю. Город Шебекино обстреливался из ствольной артиллерии.\n\n" +
            "Грайворонский округ. Село Головчино подверглось двум атакам беспилотников. Мирный житель получил баротравму.\n\n" +
            "Валуйский округ. Село Уразово обстреляно из миномёта.",
            "ru", new DateOnly(2025, 8, 19), "ministry");

        Assert.Equal(4, claims.Count);
        Assert.All(claims, c => Assert.Equal("Belgorod regional governor Vyacheslav Gladkov", c.Claimant));
    }

    [Fact]
    public void GovernorsPostOfUnknownDate_NamesTheOnlyHolderOfTheOffice()
    {
        var claims = Extract(
            "В ночь на 14 марта над территорией Брянской области уничтожены 17 вражеских беспилотников.\n\n" +
            "Сегодня утром украинские вооружённые формирования атаковали с помощью FPV-дрона гражданский автомобиль в посёлке Климово.",
            "ru", null, "ministry");

        Assert.Equal("Bryansk regional governor Alexander Bogomaz", Assert.Single(claims).Claimant);
    }

    [Fact]
    public void AirDefenseDestroyingDrones_IsNoStrikeByUkraine()
    {
        Assert.Empty(Extract("Ukrainian air defense destroyed all 11 drones and one of the missiles over Mykolaiv, Vinnytsia and Khmelnytskyi oblasts, according to the Air Force.",
            published: new DateOnly(2023, 10, 15)));
    }

    [Fact]
    public void ListAfterACityWrittenWithCity_GoesOn()
    {
        var claims = Extract("Over the past day, Russian forces launched 86 attacks on Kherson Oblast, including at residential areas of Kherson city, Beryslav, Antonivka and Bilozerka, Governor Oleksandr Prokudin reported.",
            published: new DateOnly(2023, 10, 15));

        Assert.Equal(["Kherson", "Beryslav", "Antonivka", "Bilozerka"], claims.Select(c => c.PlaceNormalized));
    }

    [Theory]
    [InlineData("Ukraine's Navy said that Ukrainian forces struck a Russian S-400 air defense system near Yevpatoria in occupied Crimea on Oct. 14.", "Ukrainian Navy", "Ukraine")]
    [InlineData("Naftogaz said Russian missiles and drones had struck its gas production facilities in the Kharkiv region overnight.", "Naftogaz", "Russia")]
    public void NavyAndStateEnergyCompany_SpeakForThemselves(string text, string claimant, string attacker)
    {
        var claim = Assert.Single(Extract(text, published: new DateOnly(2023, 10, 15)));
        Assert.Equal((claimant, attacker), (claim.Claimant, claim.Attacker));
    }

    [Theory]
    [InlineData("Israeli jets struck Hezbollah sites in Khiam in response to rocket fire on Metula, the IDF said.", "en", "Khiam")]
    [InlineData("قالت وزارة الدفاع التركية إن قواتها شنت غارات على مواقع في القامشلي رداً على الهجوم الذي نفذه مسلحان في أنقرة.", "ar", "Qamishli")]
    public void PlaceOfTheAttackAStrikeAnswers_IsNotTheStrikesPlace(string text, string language, string place)
    {
        Assert.Equal(place, Assert.Single(Extract(text, language, new DateOnly(2024, 10, 25))).PlaceNormalized);
    }

    [Fact]
    public void ArabicListWithANameGeoNamesLacksFirst_GoesOnThroughTheTownsJoinedAfterIt()
    {
        var claims = Extract("وقالت قوات سوريا الديمقراطية إن الطائرات التركية شنت أكثر من 30 غارة على مناطق في عين ديوار وديرك وعامودا والقحطانية وكوباني.",
            "ar", new DateOnly(2024, 10, 25));

        Assert.Equal(["عين ديوار", "ديرك", "عامودا", "القحطانية", "كوباني"], claims.Select(c => c.Place));
        Assert.Equal("al-Malikiyah", claims[1].PlaceNormalized);
    }

    [Theory]
    [InlineData("IDF artillery also fired at targets near the town of Khan Arnabah in Quneitra province, the army said.", "Khan Arnabah")]
    public void ArtilleryFiringAtTargets_IsAStrike(string text, string place)
    {
        Assert.Equal(place, Assert.Single(Extract(text, published: new DateOnly(2025, 1, 1))).PlaceNormalized);
    }

    [Fact]
    public void BorderRegionsUnderRegularFire_IsNoSingleStrike()
    {
        Assert.Empty(Extract("Russia's border regions have come under regular drone and artillery fire since Ukrainian troops launched an incursion into the Kursk region in August 2024.",
            published: new DateOnly(2025, 5, 21)));
    }

    [Fact]
    public void CityMayorInTheGenitive_SpeaksForTheCity()
    {
        var claim = Assert.Single(Extract("За словами міського голови Харкова Ігоря Терехова, одна з авіабомб влучила поблизу багатоповерхівки в Основ'янському районі.",
            "uk", new DateOnly(2025, 6, 8)));

        Assert.Equal(("Kharkiv mayor Ihor Terekhov", "Kharkiv"), (claim.Claimant, claim.PlaceNormalized));
    }

    [Fact]
    public void UkrainianAdjectivalTownNameInTheDative_MeetsItsRussianSpelling()
    {
        Assert.Equal("Rodynske", Assert.Single(Extract("Росіяни завдали удару по Родинському.", "uk", new DateOnly(2025, 2, 14))).PlaceNormalized);
    }

    [Fact]
    public void ArabicStrikeNounWithTheArticle_ReportsTheStrike()
    {
        var claim = Assert.Single(Extract("ويأتي ذلك بعد نحو ثلاثة أسابيع من الاستهداف الإسرائيلي لمبنى سكني في حي المزة بالعاصمة دمشق في 20 كانون الثاني/يناير الفائت.",
            "ar", new DateOnly(2024, 2, 10)));

        Assert.Equal(("Israel", "2024-01-20"), (claim.Attacker, claim.EventDate));
    }

    [Fact]
    public void CityAdministrationNamedAfterTheCapital_IsNoStateAttacker_AndDebrisInALaterClauseLeavesTheHit()
    {
        var claim = Assert.Single(Extract(
            "Tymur Tkachenko, Head of Kyiv City Military Administration, said a critical infrastructure facility in the city's Darnytskyi district " +
            "had been hit overnight, while debris from a downed missile fell on an open area in the Dniprovskyi district.",
            published: new DateOnly(2026, 1, 17)));

        Assert.Equal(("Russia", "Kyiv"), (claim.Attacker, claim.PlaceNormalized));
        Assert.Contains("Tkachenko", claim.Claimant, StringComparison.Ordinal);
    }

    [Fact]
    public void AirportRestrictionsAfterAnAttack_AreNoStrikeOnTheAirports()
    {
        Assert.Empty(Extract("Из-за ночной атаки в аэропортах Внуково, Домодедово и Жуковский вводились временные ограничения на прием и выпуск воздушных судов, сообщили в Росавиации.",
            "ru", new DateOnly(2025, 5, 6)));
    }

    [Fact]
    public void SideWhoseReportsTheMinistryRefutes_IsNotTheAttacker()
    {
        var claim = Assert.Single(Extract("Минобороны России опровергло сообщения украинской стороны об ударе по больнице в Селидово Донецкой области в воскресенье.",
            "ru", new DateOnly(2023, 11, 20)));

        Assert.Equal(("Russian Ministry of Defence", "Russia", "denial"), (claim.Claimant, claim.Attacker, claim.Stance));
    }

    [Theory]
    [InlineData("ВСУ атаковали ударными беспилотниками посёлок Белая Берёзка. Погиб мирный житель, ещё двое получили ранения.", "ru")]
    [InlineData("Російський дрон атакував Херсон, загинув чоловік.", "uk")]
    [InlineData("В селе Новая Таволжанка FPV-дрон ВСУ нанёс удар по грузовому автомобилю. От полученных ранений мирный житель скончался на месте.", "ru")]
    public void OnePersonInTheSingularByACasualtyWord_IsOneKilled(string text, string language)
    {
        Assert.Equal(1, Assert.Single(Extract(text, language, new DateOnly(2025, 3, 14))).Killed);
    }

    [Fact]
    public void RussianInstalledHeadOfOccupiedKherson_SpeaksForHimself()
    {
        var claim = Assert.Single(Extract("Тим часом призначений Кремлем очільник окупованої частини області Володимир Сальдо заявив, що в суботу Збройні сили України вдарили по Олешках, загинули двоє мешканців.",
            "uk", new DateOnly(2024, 8, 18)));

        Assert.Equal(("Vladimir Saldo", "Ukraine", "report"), (claim.Claimant, claim.Attacker, claim.Stance));
    }
}
