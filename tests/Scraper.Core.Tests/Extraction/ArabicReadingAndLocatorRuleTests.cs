using Scraper.Extraction;

namespace Scraper.Core.Tests.Extraction;

/// <summary>
/// Shapes from the eighteenth round: Arabic spellings of Ukrainian villages, "من بينها" lists, "وفي X،" frames, city
/// districts named after another city, a year after a day, holders' names as the text spells them, "Among the
/// communities hit were", quarters of a city, who supports a strike, and the Kremlin as a speaker.
/// </summary>
public sealed class ArabicReadingAndLocatorRuleTests
{
    private static readonly StrikeClaimExtractor Extractor = new();

    private static IReadOnlyList<StrikeClaim> Extract(string text, DateOnly published, string language = "en") =>
        Extractor.Extract(new ExtractionInput(text, published, language, "news"));

    [Fact]
    public void ArabicSpellingsOfUkrainianVillages_AfterAmongThem_ResolveInUkraine()
    {
        var claims = Extract(
            "قالت السلطات الأوكرانية إن القوات الروسية قصفت خلال اليوم الماضي 39 بلدة في مقاطعة خيرسون، من بينها بيلوزيركا وأنتونيفكا وتشورنوبايفكا.",
            new DateOnly(2026, 1, 21), "ar");

        Assert.Equal(["Bilozerka", "Antonivka", "Chornobayivka"], claims.Select(c => c.PlaceNormalized));
        Assert.All(claims, c => Assert.Equal(("UA", "Russia", "2026-01-20"), (c.Country, c.Attacker, c.EventDate)));
    }

    [Fact]
    public void ArabicNameAfterAmongThem_ThatIsNoList_IsNoPlace()
    {
        var claims = Extract(
            "قالت السلطات الأوكرانية إن القوات الروسية قصفت مباني في مدينة خاركيف، من بينها مستشفى.",
            new DateOnly(2026, 1, 21), "ar");

        Assert.Equal(["Kharkiv"], claims.Select(c => c.PlaceNormalized));
    }

    [Fact]
    public void SentenceFramedByAndInX_IsStillRead_AndARussianAttackIsNoSpeaker()
    {
        var claims = Extract("وفي أوديسا، قال مسؤول إن هجوما روسيا بطائرات مسيرة أصاب منشأة للطاقة ليلا.", new DateOnly(2025, 3, 10), "ar");

        var claim = Assert.Single(claims);
        Assert.Equal(("Odesa", "Russia", "report", "2025-03-09"), (claim.PlaceNormalized, claim.Attacker, claim.Stance, claim.EventDate));
        Assert.NotEqual("Russia", claim.Claimant);
    }

    [Fact]
    public void ArabicGovernorWithoutTheWordRegion_SpeaksForTheFramedSeat()
    {
        var claims = Extract(
            "وفي بيلغورود، قال الحاكم فياتشيسلاف غلادكوف إن القوات الأوكرانية قصفت بلدة شيبيكينو الحدودية صباح الاثنين.",
            new DateOnly(2024, 5, 20), "ar");

        var claim = Assert.Single(claims);
        Assert.Equal(("Shebekino", "Ukraine", "Belgorod regional governor Vyacheslav Gladkov"), (claim.PlaceNormalized, claim.Attacker, claim.Claimant));
    }

    [Fact]
    public void CityDistrictNamedAfterAnotherCity_IsPartOfTheCity()
    {
        var claims = Extract("В Харькове ракета попала в жилой дом в Киевском районе, сообщил мэр Игорь Терехов.", new DateOnly(2025, 3, 10), "ru");

        var claim = Assert.Single(claims);
        Assert.Equal(("Kharkiv", "Kharkiv mayor Ihor Terekhov"), (claim.PlaceNormalized, claim.Claimant));
    }

    [Fact]
    public void OblastAfterAnotherClause_DoesNotPlaceTheCityBeforeIt()
    {
        var claims = Extract(
            "Артиллерия поразила скопления живой силы ВСУ в районах Херсона, а также склад боеприпасов у Каменского Запорожской области, говорится в сводке.",
            new DateOnly(2024, 9, 10), "ru");

        Assert.Contains(claims, c => c.PlaceNormalized == "Kherson" && c.GeonamesId == 706448);
    }

    [Fact]
    public void DayAndYearAfterAMonth_AreNoStrikeCount()
    {
        var claims = Extract(
            "On March 29, 2024, Israeli airstrikes on weapons depots on the outskirts of Aleppo city killed dozens of people.",
            new DateOnly(2024, 4, 2));

        var claim = Assert.Single(claims);
        Assert.Equal(((int?)null, (int?)12, "2024-03-29"), (claim.StrikeCount, claim.Killed, claim.EventDate));
    }

    [Fact]
    public void HolderNamedInTheText_KeepsTheTextsSpelling()
    {
        var claims = Extract(
            "Russian missiles and drones struck the city of Sumy overnight, killing two people, the regional governor said. " +
            "\"Sumy was attacked with ballistic missiles,\" governor Oleg Grygorov said on Telegram.",
            new DateOnly(2025, 6, 9));

        Assert.All(claims, c => Assert.Equal("Sumy regional governor Oleg Grygorov", c.Claimant));
    }

    [Fact]
    public void CommunitiesListedAsHit_AreClaimsOfTheStrikeBefore()
    {
        var claims = Extract(
            "Russian forces carried out 97 attacks on 38 settlements over the past day. Among the communities hit were Bilopillia, Krasnopillia and Myropillia.",
            new DateOnly(2025, 6, 9));

        Assert.Equal(["Bilopillya", "Krasnopillya", "Myropillia"], claims.Select(c => c.PlaceNormalized));
    }

    [Fact]
    public void QuarterOfACity_IsReportedAsTheCity_AndATownItLiesNear_IsNoSecondPlace()
    {
        var quarter = Extract(
            "The IDF said aircraft carried out a strike overnight on a command centre in a former school in the Zeitoun neighborhood of Gaza City.",
            new DateOnly(2024, 11, 18));
        var near = Extract(
            "An Israeli drone hit a car in the town of Kfar Roummane, on the outskirts of Nabatieh, killing two people, Lebanon's health ministry said.",
            new DateOnly(2025, 10, 12));

        Assert.Equal(["Gaza City"], quarter.Select(c => c.PlaceNormalized));
        Assert.Equal(["Kfar Roummane"], near.Select(c => c.PlaceNormalized));
        Assert.Equal(2, near[0].Killed);
    }

    [Fact]
    public void ForcesThatOnlySupportAStrike_DoNotStrike_AndItsStrikeIsTheSpeakers()
    {
        var supported = Extract(
            "Iraqi F-16 aircraft, supported by CENTCOM intelligence assets, conducted an airstrike on an ISIS hideout northeast of Tikrit, killing three ISIS fighters.",
            new DateOnly(2025, 6, 12));
        var own = Extract(
            "The Israeli military said it had killed two Hezbollah operatives in a strike in the Nabatieh area on Saturday.",
            new DateOnly(2025, 10, 12));

        Assert.Equal("Iraq", Assert.Single(supported).Attacker);
        Assert.Equal(("IDF", "Israel", "claim"), (Assert.Single(own).Claimant, own[0].Attacker, own[0].Stance));
    }

    [Fact]
    public void KremlinDenial_IsTheKremlins_InEnglishAndArabic()
    {
        var english = Extract("Kremlin spokesman Dmitry Peskov denied that Russian forces had struck a resort in Kharkiv on Sunday.", new DateOnly(2024, 5, 20));
        var arabic = Extract("نفى المتحدث باسم الكرملين دميتري بيسكوف أن تكون القوات الروسية قد قصفت يوم الأحد منتجعا في خاركيف.", new DateOnly(2024, 5, 20), "ar");

        Assert.All(english.Concat(arabic), c => Assert.Equal(("Kremlin", "denial", "Kharkiv"), (c.Claimant, c.Stance, c.PlaceNormalized)));
        Assert.Single(english);
        Assert.Single(arabic);
    }

    [Fact]
    public void WarTimeTotalOfStrikes_IsNoClaim()
    {
        var claims = Extract(
            "During the 2024 war against Hezbollah, the Israeli Air Force carried out more than 12,000 strikes in Lebanon, according to military figures.",
            new DateOnly(2026, 1, 14));

        Assert.Empty(claims);
    }

    [Fact]
    public void LebaneseVillageAndAirportGeoNamesLacks_AreCuratedPlaces()
    {
        var village = Extract("The Israeli military said its strike in Taybeh targeted a Hezbollah weapons storage site.", new DateOnly(2025, 10, 12));
        var airport = Extract("Yemen's Houthi rebels said they had fired a ballistic missile at Ben Gurion Airport overnight.", new DateOnly(2025, 8, 19));

        Assert.Equal(("Taybeh", "LB", "Israel"), (Assert.Single(village).PlaceNormalized, village[0].Country, village[0].Attacker));
        Assert.Equal(("Ben Gurion Airport", "IL", "Houthis"), (Assert.Single(airport).PlaceNormalized, airport[0].Country, airport[0].Attacker));
    }

    [Fact]
    public void RegionalReportAfterAnotherRegionsGovernor_IsNotHis_AndReportsTheEnemysStrikes()
    {
        var claims = Extract(
            "Nizhny Novgorod Governor Gleb Nikitin said the Kstovo district had come under a massive drone attack overnight. " +
            "In the Kyiv region, drones damaged energy facilities in the Obukhiv and Fastiv districts overnight, the regional military administration said.",
            new DateOnly(2025, 10, 14));

        Assert.Equal(("Kstovo", "Nizhny Novgorod regional governor Gleb Nikitin", "Ukraine"), (claims[0].PlaceNormalized, claims[0].Claimant, claims[0].Attacker));
        var kyiv = claims.Skip(1).ToList();
        Assert.Equal(["Obukhiv", "Fastiv"], kyiv.Select(c => c.PlaceNormalized));
        Assert.All(kyiv, c => Assert.Equal(("Kyiv regional governor", "Russia"), (c.Claimant, c.Attacker)));
    }

    [Fact]
    public void PlacesAfterWhileAnotherSideStruck_AreThatSidesStrikes()
    {
        var claims = Extract(
            "Ukraine's military said on Tuesday it had struck a major oil refinery in Russia's Nizhny Novgorod region overnight, " +
            "while Russia pounded energy facilities around Kyiv with drones and missiles.",
            new DateOnly(2025, 10, 14));

        Assert.Equal([("Nizhny Novgorod Oblast", "Ukraine"), ("Kyiv", "Russia")], claims.Select(c => (c.PlaceNormalized, c.Attacker)));
    }

    [Fact]
    public void RussianSummarysDamageAndThreats_AreReadAsTheyAre()
    {
        var damaged = Extract(
            "В Харьковской области, по словам главы ОВА Олега Синегубова, ночью беспилотник повредил газопровод в Богодухове.",
            new DateOnly(2025, 1, 15), "ru");
        var threat = Extract(
            "Из-за угрозы обстрелов Гладков распорядился закрыть торговые центры в Белгороде и Шебекине до 19 марта.",
            new DateOnly(2024, 3, 17), "ru");
        var summary = Extract(
            "Министерство обороны России сообщило о новых ударах. Авиация группировки «Север» нанесла удары по пунктам временной дислокации ВСУ в районах Волчанска и Липцев Харьковской области, говорится в сводке.",
            new DateOnly(2024, 9, 10), "ru");

        Assert.Equal(("Bohodukhiv", "Russia"), (Assert.Single(damaged).PlaceNormalized, damaged[0].Attacker));
        Assert.Empty(threat);
        Assert.Equal(["Vovchansk", "Lyptsi"], summary.Select(c => c.PlaceNormalized));
        Assert.All(summary, c => Assert.Equal(("Russian Ministry of Defence", "claim"), (c.Claimant, c.Stance)));
    }

    [Fact]
    public void ArabicReading_KeepsTheNamesEnding_AndPrefersTheRegionTheTextNames()
    {
        var claims = Extract(
            "قالت وزارة الدفاع الروسية إن قواتها ضربت مواقع قرب بلدة بوكروفسكويه في مقاطعة دنيبروبيتروفسك الأوكرانية.",
            new DateOnly(2025, 8, 24), "ar");
        var resort = Extract(
            "قال حاكم مقاطعة خاركيف إن ضربتين بصواريخ روسية استهدفتا منتجعا على أطراف قرية تشيركاسكا لوزوفا قرب مدينة خاركيف.",
            new DateOnly(2024, 5, 20), "ar");

        Assert.Equal(("Pokrovske", "UA", "04"), (Assert.Single(claims).PlaceNormalized, claims[0].Country, claims[0].Admin1));
        Assert.DoesNotContain(resort, c => c.Country == "RU");
    }

    [Fact]
    public void ArabicReading_IsNotUsedInATextAboutAnotherCountry()
    {
        var claims = Extract(
            "رصد المرصد السوري لحقوق الإنسان تنفيذ الطائرات الحربية الروسية 14 غارة جوية توزعت على محيط بلدة بداما وأطراف بلدة الناجية في ريف إدلب الغربي.",
            new DateOnly(2023, 10, 15), "ar");

        Assert.NotEmpty(claims);
        Assert.All(claims, c => Assert.NotEqual("RU", c.Country));
    }

    [Fact]
    public void TwoSingleDaysApart_AreTwoStrikes_NotATotalAndItsBreakdown()
    {
        var claims = Extract(
            "On June 10, U.S. Central Command forces conducted a precision airstrike in northwest Syria, killing a senior al-Qaeda official. " +
            "On June 11, CENTCOM forces conducted two airstrikes against ISIS camps in the Jabal Bishri area of Syria's Deir ez-Zor province.",
            new DateOnly(2025, 6, 12));

        Assert.Equal(["Syria", "Jabal Bishri"], claims.Select(c => c.PlaceNormalized));
    }

    [Fact]
    public void LaunchSaidToBeInSolidarity_IsStillAClaim_AndASitesTownIsNoSecondPlace()
    {
        var claims = Extract(
            "Yemen's Houthi rebels said Tuesday they had fired a hypersonic ballistic missile at Ben Gurion Airport near Tel Aviv overnight, " +
            "the latest in a string of launches the group says are carried out in solidarity with Palestinians in Gaza.",
            new DateOnly(2025, 8, 19));

        var claim = Assert.Single(claims);
        Assert.Equal(("Ben Gurion Airport", "Houthis", "2025-08-18"), (claim.PlaceNormalized, claim.Attacker, claim.EventDate));
    }
}
