using Scraper.Extraction;

namespace Scraper.Core.Tests.Extraction;

/// <summary>Which gazetteer entry a place name gets: namesakes, spelling variants, people's names and the document's country and oblast.</summary>
public sealed class PlaceResolutionRuleTests
{
    private static readonly StrikeClaimExtractor Extractor = new();

    private static IReadOnlyList<StrikeClaim> Extract(string text, string lang = "en", string kind = "news", DateOnly? published = null) =>
        Extractor.Extract(new ExtractionInput(text, published ?? new DateOnly(2025, 2, 8), lang, kind));

    [Fact]
    public void EquipmentStruckNearAVillage_IsNoPlace()
    {
        var claim = Assert.Single(Extract("The General Staff said its forces had struck a Russian Pantsir-S1 air defence system near the village of Tyotkino in Russia's Kursk region on Saturday."));

        Assert.Equal("Tyotkino", claim.Place);
    }

    [Fact]
    public void CityDistrictAndStreet_AreNotPlacesOfTheirOwn()
    {
        var claim = Assert.Single(Extract("Также ночью в Воронеже, в Левобережном районе, удар дрона пришёлся по крыше многоквартирного дома на Ленинградской улице.", lang: "ru"));

        Assert.Equal("Voronezh", claim.PlaceNormalized);
    }

    [Fact]
    public void DistrictNamedBeforeItsVillage_OnlyLocatesIt()
    {
        var claim = Assert.Single(Extract("В Острогожском районе в результате удара дрона по частному домовладению в селе Коротояк пострадала 64-летняя женщина.", lang: "ru"));

        Assert.Equal("Korotoyak", claim.PlaceNormalized);
    }

    [Fact]
    public void FirstNameBeforeASurname_IsNotAVillage()
    {
        var claims = Extract("Глава Хмельницкой областной военной администрации Сергей Тюрин написал в Telegram, что ночью в результате удара по Староконстантинову пострадали два человека.", lang: "ru");

        Assert.DoesNotContain(claims, c => c.Place == "Сергей");
        Assert.Contains(claims, c => c.PlaceNormalized == "Starokostiantyniv");
    }

    [Fact]
    public void GazaStripInTheText_PutsRafahInPalestine_NotEgypt()
    {
        var claim = Assert.Single(Extract("The Israeli military said its aircraft struck militant targets in the Rafah area over the past day. Egypt has called for a ceasefire in the Gaza Strip.", published: new DateOnly(2024, 7, 28)));

        Assert.Equal("PS", claim.Country);
    }

    [Fact]
    public void SmallVillageAbroad_IsNotTheBaseATextAboutIraqNames()
    {
        var claims = Extract("A drone attack on Ain Al Asad airbase in Anbar province on Saturday wounded several US personnel, Iraqi security officials said.", published: new DateOnly(2024, 6, 10));

        Assert.DoesNotContain(claims, c => c.Country == "IL");
    }

    [Fact]
    public void PostSignedByNameAndTitle_IsTheOblastAuthoritysForEveryPlace()
    {
        const string post = "Упродовж минулої доби окупанти завдали 120 ударів по 9 населених пунктах Запорізької області.\n\n"
            + "4 обстріли з РСЗВ припали на Оріхів та Новоданилівку.\n\n"
            + "Іван Федоров, начальник Запорізької ОВА";

        var claims = Extract(post, lang: "uk", kind: "ministry", published: new DateOnly(2025, 1, 20));

        Assert.NotEmpty(claims);
        Assert.All(claims, c => Assert.StartsWith("Zaporizhzhia", c.Claimant, StringComparison.Ordinal));
        Assert.All(claims, c => Assert.Equal("26", c.Admin1));
    }

    [Fact]
    public void AbbreviatedMonth_IsNotAVillage()
    {
        var claim = Assert.Single(Extract("U.S. Central Command forces conducted 3 strikes near Raqqa on Nov. 19 against ISIS.", kind: "ministry", published: new DateOnly(2026, 11, 20)));

        Assert.Equal("Raqqa", claim.PlaceNormalized);
    }

    [Fact]
    public void CompassPhraseOfGaza_IsTheStrip_AndOnlyLocatesTheTownNamedWithIt()
    {
        var claim = Assert.Single(Extract("In northern Gaza, the IDF struck a Hamas weapons depot in the area of Jabalia earlier today.", kind: "ministry", published: new DateOnly(2024, 10, 22)));

        Assert.Equal("Jabalia", claim.PlaceNormalized);
    }

    [Fact]
    public void ColloquialOblastName_PutsAListedVillageInThatOblast_NotANamesakeInRussia()
    {
        var claims = Extract("Минулої доби російські війська обстріляли 14 населених пунктів Херсонщини; під ударами опинилися Білозерка та Садове.", lang: "uk", published: new DateOnly(2024, 12, 3));

        var sadove = Assert.Single(claims, c => c.Place == "Садове");
        Assert.Equal("UA", sadove.Country);
        Assert.Equal("08", sadove.Admin1);
    }

    [Fact]
    public void CityDistrictBeforeItsCity_IsNotAPlaceOfItsOwn()
    {
        var claim = Assert.Single(Extract("Вранці у Дніпровському районі Херсона російський дрон атакував автомобіль.", lang: "uk", published: new DateOnly(2024, 12, 3)));

        Assert.Equal("Kherson", claim.PlaceNormalized);
    }

    [Fact]
    public void StreetNamedAfterATown_IsNotAPlace()
    {
        var claims = Extract("По словам главы района, дрон сдетонировал на улице Октябрьской в Шебекино.", lang: "ru", published: new DateOnly(2025, 3, 15));

        Assert.DoesNotContain(claims, c => c.Place!.StartsWith("Октябрьск", StringComparison.Ordinal));
        Assert.Contains(claims, c => c.PlaceNormalized == "Shebekino");
    }

    [Fact]
    public void DistrictNamedAfterItsSeat_KeepsAnUnlistedVillageInThatOblast()
    {
        var claim = Assert.Single(Extract("Накануне вечером в поселке Октябрьский Белгородского района беспилотник сдетонировал у здания администрации.", lang: "ru", published: new DateOnly(2025, 5, 12)));

        Assert.Equal("Октябрьский", claim.Place);
        Assert.Equal("RU", claim.Country);
        Assert.Equal("09", claim.Admin1);
    }

    [Fact]
    public void VillageTheGazetteerLacks_AfterASettlementNoun_IsAPlace_AndItsDistrictOnlyLocatesIt()
    {
        var claims = Extract("В результате обстрела со стороны ВСУ села Теткино Глушковского района Курской области повреждены два дома.", lang: "ru", published: new DateOnly(2023, 8, 14));

        var claim = Assert.Single(claims);
        Assert.Equal("Теткино", claim.Place);
        Assert.Equal("RU", claim.Country);
    }

    [Fact]
    public void SyrianPlacesNamedInTheText_RankSukhnahInSyria_NotYemen()
    {
        var claims = Extract("Russian warplanes carried out 21 airstrikes over the past 24 hours on ISIS hideouts in the desert south of Al-Sukhnah, the Observatory reported, days after an ambush in eastern Homs desert.", kind: "monitor", published: new DateOnly(2023, 11, 15));

        Assert.Equal("SY", Assert.Single(claims, c => c.PlaceNormalized == "As Sukhnah").Country);
    }

    [Fact]
    public void NaqouraNearTheBorder_IsTheLebaneseTown()
    {
        var claim = Assert.Single(Extract("An Israeli drone strike on a motorcycle near the border town of Naqoura killed one person, Lebanon's state news agency reported. Fighting in the Gaza Strip went on.", published: new DateOnly(2024, 2, 27)));

        Assert.Equal("LB", claim.Country);
    }

    [Fact]
    public void UnlistedVillageBeforeTheWordVillages_StaysInTheList()
    {
        var claims = Extract("SOHR activists reported that Russian warplanes carried out 13 airstrikes on areas near Al-Hamamah and Al-Ghassaniyah villages in western Idlib.", kind: "monitor", published: new DateOnly(2023, 11, 15));

        Assert.Contains(claims, c => c.Place == "Al-Ghassaniyah");
        Assert.DoesNotContain(claims, c => c.PlaceNormalized == "Idlib");
    }

    [Fact]
    public void CommunityAfterASettlement_OnlyLocatesIt()
    {
        var claim = Assert.Single(Extract("Близько 04:30 окупанти завдали удару КАБ по селищу Слатине Дергачівської громади. Пошкоджено три приватні будинки.", lang: "uk"));

        Assert.Equal("Slatyne", claim.PlaceNormalized);
    }

    [Fact]
    public void ArabicTwoTownsList_KeepsTheUnlistedSecondTown_AndTheAreaOnlyLocatesThem()
    {
        var claims = Extract("قصفت قوات النظام بقذائف المدفعية الثقيلة، صباح اليوم، أطراف بلدتي كنصفرة والفطيرة في جبل الزاوية بريف إدلب الجنوبي.", lang: "ar");

        Assert.Contains(claims, c => c.Place == "كنصفرة");
        Assert.Contains(claims, c => c.Place == "الفطيرة");
        Assert.DoesNotContain(claims, c => c.Place != null && c.Place.Contains("الزاوية", StringComparison.Ordinal));
    }

    [Fact]
    public void ArabicListAfterPluralTownsNoun_KeepsEveryTown_ButNoVerbAfterTheList()
    {
        var claims = Extract("وشنت طائرات الاحتلال غارات على بلدات عيتا الشعب ومارون الراس وعيترون في قضاء بنت جبيل مساء أمس.", lang: "ar");
        var verb = Extract("قصفت المدفعية قرى عيتا الشعب وعيترون وأسفرت عن أضرار في المنازل.", lang: "ar");

        Assert.Equal(["عيتا الشعب", "عيترون", "مارون الراس"], claims.Select(c => c.Place).Order(StringComparer.Ordinal));
        Assert.Equal(["عيتا الشعب", "عيترون"], verb.Select(c => c.Place).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ArabicSettlementAndBarracks_AreMarkers_AndTheTwoNeighbourhoodsAreAList()
    {
        var hezbollah = Extract("وأعلنت المقاومة الإسلامية في لبنان أن مقاتليها استهدفوا تجمعا للجنود في مستوطنة المطلة، ثم أعلنت استهداف ثكنة زرعيت.", lang: "ar");
        var gaza = Extract("قصفت مدفعية الاحتلال فجر اليوم حيي الشجاعية والتفاح شرقي مدينة غزة.", lang: "ar");

        Assert.Equal(["المطلة", "زرعيت"], hezbollah.Select(c => c.Place).Order(StringComparer.Ordinal));
        Assert.All(hezbollah, c => Assert.Equal(("Hezbollah", "Hezbollah"), (c.Claimant, c.Attacker)));
        Assert.Contains(gaza, c => c.Place == "الشجاعية");
        Assert.Contains(gaza, c => c.Place == "التفاح");
    }

    [Fact]
    public void UnlistedLastTownOfAList_RunningIntoTheVerb_IsKept_WithTheCountryOfItsNeighbours()
    {
        var claims = Extract("In the Baalbek region, strikes on Monday on the towns of Douris and Shmustar killed 18 people, the ministry said.", published: new DateOnly(2024, 11, 5));

        var shmustar = Assert.Single(claims, c => c.Place == "Shmustar");
        Assert.Equal("LB", shmustar.Country);
    }

    [Fact]
    public void RoadBetweenTwoTowns_IsTheFirstTown_AndAnAreaOfATownIsThatArea()
    {
        var road = Extract("An Israeli drone struck a car on the road between Nabatieh and Kfar Roummane on Monday evening, killing two people.", published: new DateOnly(2024, 11, 5));
        var area = Extract("On Tuesday, the IDF struck a Hamas command centre in the Bani Suheila area of Khan Yunis.", published: new DateOnly(2024, 5, 15));

        Assert.Equal(["Nabatieh"], road.Select(c => c.PlaceNormalized));
        Assert.Equal(["Bani Suheila"], area.Select(c => c.Place));
    }

    [Fact]
    public void TownsListedAsTheSubjectOfAWhileClause_AreStruck_InTheRegionTheReportNames()
    {
        var claims = Extract("Four attacks hit the Bilopillia community, injuring two people, while Krasnopillia and Vorozhba were shelled with artillery, the Sumy Oblast Military Administration said.", published: new DateOnly(2025, 6, 1));

        Assert.Equal(["Bilopillya", "Krasnopillya", "Vorozhba"], claims.Select(c => c.PlaceNormalized));
        Assert.All(claims, c => Assert.Equal("21", c.Admin1));
    }

    [Fact]
    public void BeirutSouthernSuburbs_AndTheirDistricts_AreCuratedPlaces()
    {
        var claims = Extract("شنّ الطيران الحربي الإسرائيلي فجر اليوم الخميس سلسلة غارات على الضاحية الجنوبية لبيروت، استهدفت مباني سكنية في حارة حريك والغبيري وبرج البراجنة.", lang: "ar", published: new DateOnly(2024, 10, 24));

        Assert.Equal(["Dahieh", "Haret Hreik", "Ghobeiry", "Burj al-Barajneh"], claims.Select(c => c.PlaceNormalized));
        Assert.All(claims, c => Assert.Equal(("LB", "05"), (c.Country, c.Admin1)));
    }

    [Fact]
    public void ArabicNeighbourhoodInACity_IsTheNeighbourhood_NotTheCityToo()
    {
        var claim = Assert.Single(Extract("وأفادت مصادر طبية بوصول جثامين خمسة شهداء، إثر غارة إسرائيلية على مدرسة تؤوي نازحين في حي الدرج بمدينة غزة مساء أمس.", lang: "ar", published: new DateOnly(2025, 5, 18)));

        Assert.Equal("الدرج", claim.Place);
    }

    [Fact]
    public void ArabicCountrysideOfDamascus_IsRifDimashq()
    {
        var claim = Assert.Single(Extract("شنت طائرات إسرائيلية غارات على ريف دمشق مساء أمس.", lang: "ar", published: new DateOnly(2025, 6, 19)));

        Assert.Equal(("Rif Dimashq Governorate", "08"), (claim.PlaceNormalized, claim.Admin1));
    }

    [Fact]
    public void UnlistedVillage_SomeKilometresFromATown_IsOneClaim_InThatTownsRegion()
    {
        var claim = Assert.Single(Extract("Governor Oleh Syniehubov said a woman was killed on Friday evening when a guided aerial bomb struck a street in the village of Lyptsi, about 20 km (12 miles) north of Kharkiv city.", published: new DateOnly(2024, 6, 15)));

        Assert.Equal(("Lyptsi", "UA", "07", "Russia"), (claim.PlaceNormalized, claim.Country, claim.Admin1, claim.Attacker));
    }

    [Fact]
    public void DistrictOfAProvince_IsTheDistrict()
    {
        var claim = Assert.Single(Extract("Al-Masirah said US warplanes carried out four raids on the Al-Salif district of Hodeidah province on Saturday.", published: new DateOnly(2025, 3, 24)));

        Assert.Equal("Al-Salif", claim.Place);
        Assert.Equal(77843, claim.GeonamesId);
    }

    [Fact]
    public void CountrysideOfDamascus_IsRifDimashq_SoItsTownsAreFound()
    {
        var claim = Assert.Single(Extract("SOHR said Israeli warplanes carried out six airstrikes late on Tuesday on positions near Al-Kiswah town in the southern countryside of Damascus.", published: new DateOnly(2024, 2, 14)));

        Assert.Equal(173598, claim.GeonamesId);
        Assert.Equal("08", claim.Admin1);
    }

    [Fact]
    public void ListOfTownsAsTheSubject_OfCameUnderFire_AreThePlaces()
    {
        var claims = Extract("Marhanets, as well as the Nikopol and Pokrovske hromadas, came under fire on Saturday, Serhii Lysak said.", published: new DateOnly(2024, 9, 29));

        Assert.Equal(["Marhanets", "Nikopol", "Pokrovske"], claims.Select(c => c.PlaceNormalized).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TitleCaseHeadline_TakesTheKnownLeadingName_AndDropsRunsOfWords()
    {
        var claims = Extract("Moscow Says Its Jets Hit Positions Near Vovchansk As Kharkiv Comes Under Fire", published: new DateOnly(2024, 5, 12));

        Assert.Contains(claims, c => c.Place == "Vovchansk");
        Assert.All(claims, c => Assert.DoesNotContain(" As ", c.Place, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("In the Kursk Region, a Ukrainian drone struck a lorry in the village of Tetkino on Sunday, the governor said.", "Tetkino")]
    [InlineData("In the Zaporozhye area, Russian artillery struck Ukrainian troops near Rabotino over the past day, the ministry said.", "Rabotino")]
    public void OpeningAreaFrame_IsNoPlace_WhenAPlaceFollows(string text, string place)
    {
        Assert.Equal([place], Extract(text, published: new DateOnly(2024, 9, 29)).Select(c => c.PlaceNormalized));
    }

    [Fact]
    public void CyrillicAdjectiveAndNoun_AreOneName_EvenOneGeoNamesLacks()
    {
        var claims = Extract("Армейская авиация поразила живую силу ВСУ в районах населенных пунктов Малая Локня и Мартыновка Курской области.", lang: "ru", published: new DateOnly(2024, 8, 14));

        Assert.Contains(claims, c => c.Place == "Малая Локня");
        Assert.DoesNotContain(claims, c => c.Place is "Малая" or "Локня");
    }

    [Theory]
    [InlineData("Two men were killed in Russian shelling of Kupiansk on Saturday, according to the governor.", "Kupiansk")]
    [InlineData("Activists said a separate airstrike hit the edge of Maarrat Misrin on Monday.", "Maarrat Misrin")]
    [InlineData("On June 10, CENTCOM forces conducted a strike in northwest Syria that killed a senior Hurras al-Din official.", "Syria")]
    public void ShellingOfEdgeOfAndNorthwest_MarkThePlace(string text, string place)
    {
        Assert.Contains(Extract(text, published: new DateOnly(2025, 6, 12)), c => c.Place == place);
    }

    [Fact]
    public void ArabicDesertOfATown_AndAnAreaAfterAnd_ArePlaces()
    {
        var claims = Extract("وشنت طائرات حربية روسية غارات على مواقع لخلايا التنظيم في بادية الرصافة جنوب غربي الرقة، ومنطقة جبل البشري، اليوم الأحد.", lang: "ar", published: new DateOnly(2024, 3, 24));

        Assert.Contains(claims, c => c.Place == "الرصافة");
        Assert.Contains(claims, c => c.Place == "جبل البشري");
    }

    [Fact]
    public void HospitalStruckInATown_IsThePlace_ButTakenToHospitalInATownIsNot()
    {
        var hit = Extract("A Russian missile strike hit a hospital in Pokrovsk on Friday, the governor said.", published: new DateOnly(2023, 11, 25));
        var taken = Extract("A drone attack on a car in the village of Krupets injured the driver, who was taken to hospital in Rylsk.", published: new DateOnly(2025, 8, 24));

        Assert.Equal(["Pokrovsk"], hit.Select(c => c.PlaceNormalized));
        Assert.Equal(["Krupets"], taken.Select(c => c.Place));
    }

    [Theory]
    [InlineData("The Bilopillia, Krasnopillia and Khotin communities came under the heaviest fire, the regional administration said.", 3)]
    [InlineData("Russian troops targeted Nikopol, Marhanets and the Pokrovske community with drones over the past day, the administration said.", 3)]
    [InlineData("Among the targeted settlements were Orikhiv, Stepnohirsk, Prymorske and Komyshuvakha.", 4)]
    [InlineData("In Odesa Oblast, Russian drones damaged port infrastructure in Izmail and a cargo vessel in the port of Chornomorsk overnight.", 2)]
    public void ListsOfCommunitiesAndSettlements_GiveOneClaimEach(string text, int count)
    {
        Assert.Equal(count, Extract(text, published: new DateOnly(2025, 11, 20)).Count);
    }

    [Fact]
    public void ArabicNewListAfterAnd_AirportsAndOccupiedAreas_ArePlaces_ButWhomItSupportsIsNot()
    {
        var syria = Extract("وسقطت قذائف مدفعية أطلقتها قوات النظام اليوم على أطراف مدينة أريحا وبلدات النيرب وآفس وتفتناز، دون ورود معلومات عن خسائر.", lang: "ar", published: new DateOnly(2023, 10, 6));
        var houthi = Extract("استهدفت القوة الصاروخية فجر اليوم هدفا عسكريا في منطقة يافا المحتلة بصاروخ باليستي، دعما لشعبنا الفلسطيني الصامد في قطاع غزة.", lang: "ar", published: new DateOnly(2025, 4, 21));
        var airport = Extract("وذكر المرصد أن غارات استهدفت ليل أمس مطار حماة العسكري.", lang: "ar", published: new DateOnly(2025, 4, 3));

        Assert.Equal(4, syria.Count);
        Assert.Contains(syria, c => c.Place == "تفتناز");
        Assert.Equal(["يافا"], houthi.Select(c => c.Place));
        Assert.Equal("Hama", Assert.Single(airport).PlaceNormalized);
    }

    [Theory]
    [InlineData("Kharkiv Mayor Ihor Terekhov said the city had come under 15 strikes overnight.", "Kharkiv", 1)]
    [InlineData("Bryansk Gov. Alexander Bogomaz said the region had come under a massive drone attack overnight.", "Bryansk Oblast", 4)]
    [InlineData("Shostka Mayor Mykola Noha said a missile attack had damaged several homes on the city's outskirts.", "Shostka", 1)]
    public void TheCityOrRegion_InAnOfficialsAccount_IsTheirSeat(string text, string seat, int precision)
    {
        var claim = Assert.Single(Extract(text, published: new DateOnly(2024, 3, 22)));

        Assert.Equal((seat, precision), (claim.PlaceNormalized, claim.GeoPrecision));
    }

    [Theory]
    [InlineData("Артиллерия нанесла удары по позициям боевиков близ Пальмиры на востоке провинции Хомс.", "Пальмиры")]
    [InlineData("Российская авиация нанесла удары по окрестностям Кафр-Румы на юге Идлиба.", "Кафр-Румы")]
    [InlineData("Российская авиация нанесла серию ударов по лагерям ИГ в горном массиве Джебель-Бишри на стыке провинций Дейр-эз-Зор и Ракка.", "Джебель-Бишри")]
    public void RussianTownWithItsProvinceAfter_IsTheTownOnly_EvenWhenGeoNamesLacksIt(string text, string place)
    {
        Assert.Equal([place], Extract(text, lang: "ru", published: new DateOnly(2023, 10, 9)).Select(c => c.Place));
    }

    [Fact]
    public void RussianSettlementListItem_AfterI_IsKept_AndTheDistrictAfterItOnlyLocates()
    {
        var claims = Extract("Вооруженные силы Украины в среду обстреляли поселок Климово, а также села Сушаны и Новые Юрковичи Климовского района Брянской области.", lang: "ru", published: new DateOnly(2024, 6, 20));

        Assert.Contains(claims, c => c.Place == "Новые Юрковичи");
        Assert.DoesNotContain(claims, c => c.Place!.Contains("района", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Yahya Saree said the group had targeted the aircraft carrier USS Harry S. Truman in the northern Red Sea on Wednesday.", "en")]
    [InlineData("وأعلن يحيى سريع استهداف حاملة الطائرات ترومان في البحر الأحمر اليوم.", "ar")]
    public void Sea_IsInNoCountry_NotSudansRedSeaState(string text, string lang)
    {
        var claim = Assert.Single(Extract(text, lang: lang, published: new DateOnly(2025, 4, 30)));

        Assert.Equal(("Red Sea", null, 7), (claim.PlaceNormalized, claim.Country, claim.GeoPrecision));
    }

    [Fact]
    public void UnlistedTownsInJabalAlZawiyah_AndShellsOn_ArePlaces_ButNotTheWeekday()
    {
        var claims = Extract("Regime forces fired rocket and artillery shells on Al-Fatira and Sfuhun in Jabal Al-Zawiyah on Friday, and rockets on Wednesday hit Kansafra.", kind: "monitor", published: new DateOnly(2024, 9, 6));

        Assert.Contains(claims, c => c.Place == "Al-Fatira");
        Assert.Contains(claims, c => c.Place == "Sfuhun");
        Assert.DoesNotContain(claims, c => c.Place is "Wednesday" or "Friday");
    }

    [Fact]
    public void NorthEastOfATown_AfterADistrict_IsNoPlaceOfItsOwn()
    {
        var claims = Extract("Al-Masirah TV reported that US warplanes carried out two raids overnight on the Bani Hushaish district, north-east of Sanaa.", published: new DateOnly(2025, 4, 30));

        Assert.Equal(["Bani Hushaish"], claims.Select(c => c.Place));
    }

    [Theory]
    [InlineData("كما قصفت قوات النظام اليوم بالمدفعية الثقيلة بلدات وقرى كنصفرة والبارة وسفوهن في جبل الزاوية جنوبي إدلب.", "كنصفرة", "سفوهن")]
    [InlineData("واستهدف العدوان فجر اليوم بأربع غارات مديرية بني حشيش بمحافظة صنعاء، وغارتين على جزيرة كمران.", "بني حشيش", "كمران")]
    [InlineData("وأضافت الوزارة أن مقاتلاتها استهدفت مساء الجمعة مواقع لحزب العمال الكردستاني في منطقتي متينا وهاكورك شمالي العراق.", "متينا", "هاكورك")]
    public void ArabicTownsAfterTownsAndVillages_BaniNames_IslandsAndTheTwoAreas_ArePlaces(string text, string first, string last)
    {
        var claims = Extract(text, lang: "ar", published: new DateOnly(2024, 1, 14));

        Assert.Contains(claims, c => c.Place == first);
        Assert.Contains(claims, c => c.Place == last);
        Assert.DoesNotContain(claims, c => c.Place is "وقرى" or "بني");
    }

    [Fact]
    public void FrontlineTownsGeoNamesListsWithoutCyrillicNames_ResolveThroughCuratedAliases()
    {
        var claims = Extract("Авиация нанесла удары по опорным пунктам ВСУ в районах Великой Новоселки и Мирнограда Донецкой народной республики.", lang: "ru", published: new DateOnly(2024, 11, 18));

        Assert.Equal([690237L, 710035L], claims.Select(c => c.GeonamesId ?? 0).Order());
    }

    [Fact]
    public void DistrictNamedAfterItsSeat_AfterTheSettlements_OnlyLocatesThem()
    {
        var claims = Extract("Ночью ВСУ обстреляли из ствольной артиллерии и миномётов населённые пункты Гремяч и Гринёво Погарского района. Сегодня днём ВСУ нанесли удар из РСЗО по селу Косицы Севского района.", lang: "ru", published: new DateOnly(2025, 6, 7));

        Assert.Equal(["Gremyach", "Grinevo", "Kositsy"], claims.Select(c => c.PlaceNormalized).Order(StringComparer.Ordinal));
        Assert.Equal("2025-06-07", Assert.Single(claims, c => c.PlaceNormalized == "Kositsy").EventDate);
    }

    [Fact]
    public void NamesBeforeAreaOrDistricts_ArePlaces_ButCityDistrictsAndWeekdaysAreNot()
    {
        var claims = Extract("A spokesman for the Taliban administration in Kabul said Pakistani aircraft had bombed four locations in the Barmal and Gayan districts of Paktika province during the night.", published: new DateOnly(2025, 2, 11));

        var barmal = Assert.Single(claims, c => c.Place == "Barmal");
        Assert.Equal(("Taliban administration", "Pakistan", "2025-02-10"), (barmal.Claimant, barmal.Attacker, barmal.EventDate));
        Assert.DoesNotContain(claims, c => c.PlaceNormalized == "Kabul");
        Assert.DoesNotContain(Extract("Falling debris damaged houses in the Darnytskyi and Holosiivskyi districts overnight, Kyiv's mayor said."), c => c.Place == "Darnytskyi");
        Assert.DoesNotContain(Extract("The attack took place shortly after 5 am on Wednesday, Zakho district mayor said."), c => c.Place == "Wednesday");
    }

    [Theory]
    [InlineData("Ударні БпЛА атакували Одесу.", "uk", "Odesa")]
    [InlineData("Ударные БПЛА атаковали Белгород.", "ru", "Belgorod")]
    public void StrikeDronesAtTheSentenceStart_AreNoVillageUdarnyy(string text, string lang, string place)
    {
        Assert.Equal(place, Assert.Single(Extract(text, lang: lang)).PlaceNormalized);
    }

    [Fact]
    public void TheCity_GoesBackToTheTownNamedAfterTheLastClaim()
    {
        var claims = Extract("""
            Ukraine's General Staff said its forces had hit a Russian S-300 air defence system near the occupied town of Vasylivka overnight.

            Dnipro, a city of about 1 million people and a key logistics hub, has been a frequent target. On Jan. 14, 2023, a Russian missile destroyed part of an apartment block in the city, killing 46 people.
            """);

        Assert.Equal("Dnipro", claims.Single(c => c.EventDate == "2023-01-14").PlaceNormalized);
    }
}
