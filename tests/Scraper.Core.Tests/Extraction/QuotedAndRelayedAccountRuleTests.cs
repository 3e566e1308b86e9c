using Scraper.Extraction;

namespace Scraper.Core.Tests.Extraction;

/// <summary>
/// Who speaks in quoted and relayed accounts (a quote's closing attribution, the outlet told, a dateline, an aside
/// after the speaker), background dates, two-sentence headlines, and place and count rules from the sixteenth round.
/// </summary>
public sealed class QuotedAndRelayedAccountRuleTests
{
    private static readonly StrikeClaimExtractor Extractor = new();

    private static IReadOnlyList<StrikeClaim> Extract(string text, string language = "en", DateOnly? published = null, string kind = "news") =>
        Extractor.Extract(new ExtractionInput(text, published ?? new DateOnly(2025, 6, 12), language, kind));

    [Fact]
    public void QuoteWithItsAttributionAfterTheClosingMark_IsThatSpeakers()
    {
        var claims = Extract(
            "Про це повідомили в Херсонській ОВА та голова Дніпропетровської ОВА Сергій Лисак.\n\n" +
            "«Під ворожими ударами перебували Антонівка, Білозерка, Станіслав і Берислав. Російська армія атакувала житлові квартали», – йдеться в повідомленні Херсонської ОВА.",
            "uk");

        Assert.Equal(["Antonivka", "Bilozerka", "Stanislav", "Beryslav"], claims.Select(c => c.PlaceNormalized));
        Assert.All(claims, c => Assert.StartsWith("Kherson", c.Claimant, StringComparison.Ordinal));
    }

    [Fact]
    public void SecondGovernorMetAgainBySurname_SpeaksForTheRegionTheyWereNamedWith_AndTheQuoteListingADistrictsTowns()
    {
        var claims = Extract(
            "Про це повідомили в Херсонській ОВА та голова Дніпропетровської ОВА Сергій Лисак.\n\n" +
            "«Під ворожими ударами перебували Антонівка і Берислав», – йдеться в повідомленні Херсонської ОВА.\n\n" +
            "На Дніпропетровщині ворог атакував Нікопольщину артилерією. «Під прицілом були Нікополь та Марганецька громада», – написав Лисак.",
            "uk");

        Assert.Equal(["Antonivka", "Beryslav", "Nikopol", "Marhanets"], claims.Select(c => c.PlaceNormalized));
        Assert.All(claims.Take(2), c => Assert.StartsWith("Kherson", c.Claimant, StringComparison.Ordinal));
        Assert.All(claims.Skip(2), c => Assert.StartsWith("Dnipropetrovsk", c.Claimant, StringComparison.Ordinal));
    }

    [Fact]
    public void OutletToldAndDatelineAgency_AreNoSpeakers_AndTheAgencyIsTheSecurityServiceNamedBefore()
    {
        var claim = Assert.Single(Extract(
            "KYIV, Feb 11 (Reuters) - Drones operated by Ukraine's SBU security service struck the Morozovsk air base in Russia's Rostov region overnight, a source in the agency told Reuters on Tuesday.",
            published: new DateOnly(2025, 2, 11)));

        Assert.Equal(("Security Service of Ukraine (SBU)", "Ukraine", "claim"), (claim.Claimant, claim.Attacker, claim.Stance));
    }

    [Fact]
    public void PeopleCountedAsVictims_AreNoSpeakers()
    {
        var claims = Extract(
            "Moscow Mayor Sergei Sobyanin said 12 drones heading toward the capital had been destroyed.\n\n" +
            "In the town of Zhukovsky, a drone hit an apartment building overnight, injuring three residents, Moscow region Gov. Andrei Vorobyov said.",
            published: new DateOnly(2025, 5, 21));

        var claim = Assert.Single(claims);
        Assert.Equal(("Moscow regional governor Andrei Vorobyov", "Ukraine"), (claim.Claimant, claim.Attacker));
    }

    [Fact]
    public void SpeakerFollowedByForItsPart_IsBoundToItsVerb()
    {
        var claims = Extract(
            "Hezbollah, for its part, said in separate statements that its fighters fired a salvo of Katyusha rockets at an Israeli army position in Metula and targeted a gathering of soldiers near Shlomi with an attack drone on Monday.",
            published: new DateOnly(2024, 6, 24));

        Assert.Equal(2, claims.Count);
        Assert.All(claims, c => Assert.Equal(("Hezbollah", "Hezbollah", "claim"), (c.Claimant, c.Attacker, c.Stance)));
    }

    [Fact]
    public void DatedBackgroundAfterAnOfficialsAccount_IsNotTheOfficials()
    {
        var claims = Extract(
            "In the Bryansk region, Governor Alexander Bogomaz reported on Wednesday that a Ukrainian FPV drone had hit a civilian car in the settlement of Suzemka, injuring two men.\n\n" +
            "Ukraine's first known drone attack on the Engels-2 airbase took place on December 5, 2022, when Ukrainian drones also struck the Dyagilevo airfield near Ryazan.",
            published: new DateOnly(2025, 1, 9));

        var background = claims.Where(c => c.EventDate == "2022-12-05").ToList();
        Assert.NotEmpty(background);
        Assert.All(background, c => Assert.DoesNotContain("Bogomaz", c.Claimant ?? "", StringComparison.Ordinal));
        Assert.DoesNotContain(claims, c => c.PlaceNormalized == "Ryazan");
    }

    [Fact]
    public void HeadlineOfTwoSentences_SumsUpTheBodyClaim()
    {
        var claims = Extract(
            "Генштаб ВСУ заявил об ударе по Саратовскому НПЗ. Губернатор сообщил о повреждении «промышленного предприятия»\n\n" +
            "Генеральный штаб Вооруженных сил Украины заявил, что в ночь на 10 февраля украинские беспилотники поразили нефтеперерабатывающий завод в Саратове.",
            "ru", new DateOnly(2026, 2, 10));

        var claim = Assert.Single(claims);
        Assert.Equal(("Saratov", "2026-02-09"), (claim.PlaceNormalized, claim.EventDate));
    }

    [Fact]
    public void DefenceForcesInRussian_AreUkraines()
    {
        var claim = Assert.Single(Extract("В Генштабе ВСУ заявили, что 8 февраля Силы обороны поразили склад боеприпасов 20-й армии РФ в районе Сватово.", "ru", new DateOnly(2026, 2, 10)));
        Assert.Equal(("Ukraine", "claim"), (claim.Attacker, claim.Stance));
    }

    [Fact]
    public void RepelledAttackInRussian_IsNoStrike()
    {
        Assert.Empty(Extract("Собянин сообщил об отражении атаки беспилотников на Москву.", "ru", new DateOnly(2025, 5, 5)));
    }

    [Fact]
    public void BothBeforeTwoPlaces_KeepsThem()
    {
        var claims = Extract("Ukraine's General Staff later confirmed that its forces had struck both the Saratov and Kstovo refineries, which it said supply fuel to the Russian army.");
        Assert.Equal(["Saratov", "Kstovo"], claims.Select(c => c.PlaceNormalized));
    }

    [Theory]
    [InlineData("Turkish forces shelled the villages of Aun al-Dadat and Arab Hassan near Manbij with heavy artillery on Monday.", "Manbij")]
    [InlineData("US warplanes struck the Jarban area in Sanhan district, south of the capital Sanaa, on Monday.", "Sanaa")]
    [InlineData("Ukrainian drones also struck the Dyagilevo airfield near Ryazan.", "Ryazan")]
    public void PlaceLocatingTheOneBefore_IsNoPlaceOfItsOwn(string text, string reference)
    {
        var claims = Extract(text);
        Assert.NotEmpty(claims);
        Assert.DoesNotContain(claims, c => c.Place == reference);
    }

    [Fact]
    public void PartsOfATotal_CountEachPlace()
    {
        var claims = Extract("Al-Masirah reported that US warplanes carried out 17 airstrikes on Yemen overnight, including 12 on the Kitaf district of Saada province and three on the Jarban area in Sanhan district, south of the capital Sanaa.", published: new DateOnly(2025, 4, 9));
        Assert.Equal([("Kitaf", 12), ("Jarban", 3)], claims.Select(c => (c.Place!, c.StrikeCount ?? 0)));
    }

    [Fact]
    public void ArabicDualAndSingularStrikeNouns_CountPerPlace()
    {
        var claims = Extract(
            "قالت قناة المسيرة إن طائرات أمريكية شنت فجر اليوم الاثنين 3 غارات على مديرية الصليف في محافظة الحديدة غربي اليمن، وغارتين على منطقة كهلان شرقي مدينة صعدة، إضافة إلى غارة على مديرية بني حشيش شمال شرقي العاصمة صنعاء.",
            "ar", new DateOnly(2025, 4, 7));

        Assert.Equal([("الصليف", 3), ("كهلان", 2), ("بني حشيش", 1)], claims.Select(c => (c.Place!, c.StrikeCount ?? 0)));
    }

    [Fact]
    public void ArabicListAfterEachOf_ReadsEveryVillage()
    {
        var claims = Extract("قصفت قوات النظام صباح اليوم بالمدفعية الثقيلة كلاً من الفطيرة وكنصفرة وسفوهن والبارة في جبل الزاوية بريف إدلب الجنوبي.", "ar", new DateOnly(2023, 11, 12));
        Assert.Equal(["الفطيرة", "كنصفرة", "سفوهن", "البارة"], claims.Select(c => c.Place));
    }

    [Fact]
    public void TwoOblastsJoinedBeforePluralNoun_AreBothOblasts()
    {
        var claims = Extract("Російські війська минулої доби обстрілювали населені пункти Херсонської та Дніпропетровської областей.", "uk");
        Assert.Equal(["Kherson Oblast", "Dnipropetrovsk Oblast"], claims.Select(c => c.PlaceNormalized));
    }

    [Fact]
    public void PlaceAMissileWasLaunchedFrom_IsNoPlaceStruck()
    {
        var claim = Assert.Single(Extract("За даними Повітряних сил ЗСУ, цієї ночі ворог атакував Україну 31 ударним БпЛА типу Shahed та балістичною ракетою «Іскандер-М», випущеною з окупованого Криму.", "uk", new DateOnly(2024, 10, 7)));
        Assert.Equal(("Ukraine", "Russia"), (claim.PlaceNormalized, claim.Attacker));
    }

    [Fact]
    public void DayOfAMonthBeforeAStrikeNoun_IsNoCount()
    {
        var claim = Assert.Single(Extract("Ранее, 9 марта, от удара украинской артиллерии по поселку Белая Березка Трубчевского района погиб мирный житель.", "ru", new DateOnly(2025, 3, 10)));
        Assert.Equal(("2025-03-09", 1, 1), (claim.EventDate, claim.StrikeCount, claim.Killed));
    }

    [Fact]
    public void InstitutionsName_IsNoPlace()
    {
        var claims = Extract("An Israeli strike hit the vicinity of the Scientific Studies and Research Center in the Barzeh district late Wednesday, the state news agency SANA reported.", published: new DateOnly(2025, 4, 4));
        Assert.Equal(["Barzeh"], claims.Select(c => c.PlaceNormalized));
    }

    [Fact]
    public void SettlementsStrikesFallOn_ArePlacesEvenUnknownToGeoNames()
    {
        var claims = Extract("Також 5 ударів з РСЗВ завдано по Щербаках і Плавнях.", "uk", new DateOnly(2025, 2, 9));
        Assert.Equal(["Щербаках", "Плавнях"], claims.Select(c => c.Place));
    }

    [Theory]
    [InlineData("Luhansk's Russian-installed leader Leonid Pasechnik said a Ukrainian missile hit an oil depot in Luhansk on Wednesday.", "Leonid Pasechnik", "Luhansk")]
    [InlineData("Yevgeny Balitsky said that Ukrainian forces had struck an electrical substation in Enerhodar with a drone on Monday morning.", "Yevgeny Balitsky", "Enerhodar")]
    public void RussianInstalledHeads_SpeakForTheOccupiedTowns(string text, string claimant, string place)
    {
        var claim = Assert.Single(Extract(text, published: new DateOnly(2024, 10, 28)));
        Assert.Equal(("Ukraine", "report", place), (claim.Attacker, claim.Stance, claim.PlaceNormalized));
        Assert.EndsWith(claimant, claim.Claimant, StringComparison.Ordinal);
    }

    [Fact]
    public void TitleAndTheSamePersonNamedInAQuote_AreOneClaim()
    {
        var claims = Extract(
            "A Ukrainian drone attack on the Russian city of Kursk overnight set an apartment block on fire and injured four people, the region’s governor said Tuesday.\n\n" +
            "“The enemy attacked Kursk with drones. One of them hit the upper floors of a nine-storey residential building,” Kursk governor Alexander Khinshtein wrote on Telegram.",
            published: new DateOnly(2025, 5, 13));

        var claim = Assert.Single(claims);
        Assert.Equal("Kursk regional governor Alexander Khinshtein", claim.Claimant);
    }

    [Fact]
    public void CityMilitaryAdministrationInTheLocative_IsTheCitysAuthority()
    {
        var claim = Assert.Single(Extract("Окремо в Херсонській міській військовій адміністрації повідомили, що вранці у Корабельному районі Херсона внаслідок удару дрона по маршрутному таксі поранено водія.", "uk"));
        Assert.Equal(("Kherson mayor", "Russia"), (claim.Claimant, claim.Attacker));
    }
}
