using Scraper.Extraction;

namespace Scraper.Core.Tests.Extraction;

/// <summary>Single rules of the codebook, each on a short sentence in the style of a real source.</summary>
public sealed class ExtractionRuleTests
{
    private static readonly StrikeClaimExtractor Extractor = new();

    private static IReadOnlyList<StrikeClaim> Extract(string text, string lang = "en", string kind = "news", DateOnly? published = null) =>
        Extractor.Extract(new ExtractionInput(text, published ?? new DateOnly(2025, 2, 8), lang, kind));

    [Fact]
    public void WhoHoldsAPlace_IsNotPartOfItsName()
    {
        var claim = Assert.Single(Extract("Israeli jets struck Houthi-held Sanaa on Monday, the IDF said.", published: new DateOnly(2025, 5, 6)));

        Assert.Equal(71137, claim.GeonamesId);
    }

    [Fact]
    public void ColloquialUkrainianStrikeVerb_WithRussiansAsSubject_IsARussianStrike()
    {
        var claim = Assert.Single(Extract("Росіяни вдарили по Сумщині.", lang: "uk"));

        Assert.Equal(("Sumy Oblast", "Russia"), (claim.PlaceNormalized, claim.Attacker));
    }

    [Fact]
    public void OfficialWithAShortSurname_IsNamedWithoutFailing()
    {
        var claim = Assert.Single(Extract("Russian drones struck Kharkiv overnight, regional governor Oleh Ho said.", published: new DateOnly(2025, 2, 8)));

        Assert.EndsWith("Oleh Ho", claim.Claimant, StringComparison.Ordinal);
    }

    [Fact]
    public void AgeOfAVictim_IsNotACasualtyCount()
    {
        var claim = Assert.Single(Extract("У Херсоні внаслідок удару ворожого дрона по маршрутному таксі загинула 68-річна жінка.", lang: "uk"));

        Assert.NotEqual(68, claim.Killed);
    }

    [Fact]
    public void SamePlaceInAnotherCase_IsOneClaimCompletedByTheDetail()
    {
        var claims = Extract("Минулої доби ворог обстріляв Херсон. У Херсоні внаслідок удару дрона поранено трьох людей.", lang: "uk");

        var claim = Assert.Single(claims);
        Assert.Equal("Kherson", claim.PlaceNormalized);
        Assert.Equal(3, claim.Injured);
    }

    [Fact]
    public void KilledRange_IsReadAsLowAndHigh_WithCombatantCategory()
    {
        var claim = Assert.Single(Extract("U.S. Africa Command conducted an airstrike against al-Shabaab near Jilib, Somalia, on Feb. 6, killing between 10 and 15 militants.", kind: "ministry"));

        Assert.Equal((10, 15), (claim.Killed, claim.KilledHigh));
        Assert.Equal("combatant", claim.CasualtyCategory);
        Assert.Equal(1, claim.StrikeCount);
    }

    [Fact]
    public void SortiesAndTargets_AreCountedApartFromStrikes()
    {
        var claim = Assert.Single(Extract("Coalition aircraft flew 40 sorties and struck 23 targets near Raqqa on Thursday.", kind: "ministry"));

        Assert.Equal((40, 23), (claim.SortieCount, claim.TargetCount));
        Assert.Null(claim.StrikeCount);
    }

    [Theory]
    [InlineData("Russian forces struck an ammunition depot near Kupiansk on Friday, the General Staff said.", "ammunition depot")]
    [InlineData("Ukrainian drones hit the oil refinery in Novokuibyshevsk overnight, Russian officials said.", "energy infrastructure")]
    public void TargetType_IsNormalisedFromTheLexicon(string text, string type) =>
        Assert.Equal(type, Assert.Single(Extract(text)).TargetType);

    [Fact]
    public void DateOfTheStatement_GivesWayToTheDateOfTheStrike()
    {
        var claims = Extract("Russian airstrikes over the past day hit Huliaipole in Zaporizhzhia Oblast, the General Staff reported on the morning of Feb. 8.");

        var claim = Assert.Single(claims);
        Assert.Equal("2025-02-07", claim.EventDate);
        Assert.Equal(2, claim.DatePrecision);
    }

    [Fact]
    public void ClaimantIsTheSubjectOfSaid_NotTheMinistryThatStruck()
    {
        var claim = Assert.Single(Extract("The Israeli military struck a house in Deir al-Balah on Saturday, killing four people, Palestinian health officials said."));

        Assert.Equal("medical sources", claim.Claimant);
        Assert.Equal("Israel", claim.Attacker);
        Assert.Equal("report", claim.Stance);
    }

    [Fact]
    public void RegionTheMissilesCameFrom_IsNotAStrikePlace()
    {
        var claims = Extract("У ніч на 5 березня противник атакував двома ракетами з Курської області, уражено об'єкт у Сумах.", lang: "uk", published: new DateOnly(2025, 3, 5));

        Assert.DoesNotContain(claims, c => c.PlaceNormalized == "Kursk Oblast");
    }

    [Fact]
    public void FrontSectorNamedAfterATown_IsNotAStrikePlace() =>
        Assert.Empty(Extract("Ворог завдав 67 авіаударів, найзапекліші бої – на Покровському напрямку.", lang: "uk"));

    [Fact]
    public void SentenceDecliningComment_AssertsNoStrike() =>
        Assert.Empty(Extract("The IDF did not immediately comment on the Nabatieh strike."));

    [Fact]
    public void NamedPlaceInTheSameOblast_WinsOverANamesakeElsewhere()
    {
        var claim = Assert.Single(Extract("Russian airstrikes hit the settlement of Bilozerske in Donetsk Oblast on Friday, the General Staff said."));

        Assert.Equal("UA", claim.Country);
    }

    [Fact]
    public void HeadlineNamingOnlyTheRegion_MergesIntoTheBodyClaim()
    {
        var claims = Extract("Russian strikes hit Idlib countryside\n\nRussian warplanes struck Maarrat Misrin in Idlib countryside today, SOHR said.", kind: "monitor");

        Assert.Equal("Maarrat Misrin", Assert.Single(claims).Place);
    }

    [Fact]
    public void PersianDigits_AreReadAsNumbers()
    {
        var claim = Assert.Single(Extract("قال المرصد إن غارة على إدلب أدت إلى مقتل ۳ أشخاص اليوم.", lang: "ar"));

        Assert.Equal(3, claim.Killed);
    }

    [Fact]
    public void PlacesOfOneList_ShareTheTargetBeforeTheList()
    {
        var claims = Extract("Russia's Defence Ministry said its forces struck ammunition depots near Kupiansk, Vovchansk and Izium on Friday.");

        Assert.Equal(3, claims.Count);
        Assert.All(claims, c => Assert.Equal("ammunition depots", c.Target));
    }
    [Fact]
    public void CommunityNamedAfterItsTown_IsThatTown()
    {
        var claims = Extract("Ворог атакував Нікопольську, Марганецьку та Покровську громади з артилерії.", lang: "uk");

        Assert.Equal(["Nikopol", "Marhanets", "Pokrovsk"], claims.Select(c => c.PlaceNormalized));
    }

    [Fact]
    public void PluralTownInTheLocative_IsResolved()
    {
        var claim = Assert.Single(Extract("Зафіксовано влучання балістичної ракети в Сумах.", lang: "uk", kind: "ministry"));

        Assert.Equal("Sumy", claim.PlaceNormalized);
    }

    [Fact]
    public void RegionalAdministrationInATitle_IsNotAPlaceStruck()
    {
        var claim = Assert.Single(Extract("Глава Хмельницкой областной военной администрации Сергей Тюрин написал, что ночью в результате атаки на Староконстантиновскую громаду повреждены дома.", lang: "ru"));

        Assert.Equal("Starokostiantyniv", claim.PlaceNormalized);
    }

    [Fact]
    public void LowercaseArticle_StartsAPlaceName()
    {
        var claim = Assert.Single(Extract("U.S. forces conducted strikes on two facilities in the vicinity of al-Qaim, Iraq.", kind: "ministry"));

        Assert.Equal(92138, claim.GeonamesId);
    }

    [Fact]
    public void VillagesPlacedInAMountainAreaOfAProvince_AreEachAPlace()
    {
        var claims = Extract("Regime forces fired more than 40 rockets and artillery shells on Al-Fteereh, Sufuhen and Kansafra in Jabal Al-Zawiya in the southern countryside of Idlib today.", kind: "monitor");

        Assert.Equal(["Al-Fteereh", "Sufuhen", "Kansafra"], claims.Select(c => c.Place));
    }

    [Fact]
    public void PlaceLocatedRelativeToATown_IsThePlaceNotTheTown()
    {
        var claim = Assert.Single(Extract("Six airstrikes targeted the vicinity of Maarrat Misrin north of Idlib city.", kind: "monitor"));

        Assert.Equal("Maarrat Misrin", claim.Place);
    }

    [Fact]
    public void HabitualShelling_IsNotAClaim()
    {
        Assert.Empty(Extract("Приграничные районы Брянской и Курской областей регулярно подвергаются обстрелам со стороны ВСУ.", lang: "ru"));
    }

    [Fact]
    public void AirRaidAlert_IsNotAStrike()
    {
        Assert.Empty(Extract("In Kyiv, air raid alerts lasted nearly three hours overnight."));
    }

    [Fact]
    public void PassiveMinistrySummary_WithEnemyOnlyAsTarget_IsTheMinistrysOwnStrike()
    {
        var claims = Extract("Сводка Министерства обороны Российской Федерации. Потери противника составили до 170 военнослужащих. В течение суток ударами авиации и артиллерии группировки «Север» нанесено поражение живой силе и технике бригады ВСУ в районах населенных пунктов Юнаковка и Хотень Сумской области.", lang: "ru", kind: "ministry");

        Assert.All(claims, c => Assert.Equal(("Russia", "claim"), (c.Attacker, c.Stance)));
        Assert.Equal(2, claims.Count);
    }

    [Fact]
    public void OutletsOwnAccountBeforeItCitesAMinistry_IsNotThatMinistrysClaim()
    {
        var claims = Extract("Warplanes struck the port of Hodeidah overnight, local residents told the outlet. Separately, the Pentagon said in a statement that the strikes hit 18 targets in Yemen. Earlier, strikes hit Sanaa.", published: new DateOnly(2024, 2, 25));

        Assert.NotEqual("US military", claims.First(c => c.PlaceNormalized == "Hodeidah").Claimant);
    }

    [Fact]
    public void ArabicDistrictMarker_IntroducesThePlace()
    {
        var claims = Extract("وتوزعت الغارات على منطقة الجبانة في مديرية الحوك بمحافظة الحديدة بأربع غارات، ومديرية الصليف بغارتين.", lang: "ar", published: new DateOnly(2024, 2, 25));

        Assert.Equal(["الجبانة", "الصليف"], claims.Select(c => c.Place));
        Assert.Equal(77843, claims[1].GeonamesId);
    }
    [Fact]
    public void CapitalOfAState_StruckIsThePlace()
    {
        var claim = Assert.Single(Extract("Russian drones hit a building in Kyiv on Monday."));

        Assert.Equal("Kyiv", claim.PlaceNormalized);
    }

    [Fact]
    public void DistrictOfACity_IsTheCity()
    {
        var claim = Assert.Single(Extract("Overnight, Russian missiles hit an apartment building in Kyiv’s Sviatoshynskyi district, the city military administration said."));

        Assert.Equal("Kyiv", claim.PlaceNormalized);
    }

    [Fact]
    public void PlaceAsSubjectOfAPassiveStrike_IsThePlace()
    {
        var claim = Assert.Single(Extract("The city’s mayor said Kharkiv had been hit by at least 12 Shahed drones."));

        Assert.Equal(("Kharkiv", "Russia"), (claim.PlaceNormalized, claim.Attacker));
    }

    [Fact]
    public void AdjectiveOfABorder_IsNotAPlace()
    {
        Assert.Empty(Extract("Israeli missiles targeted a weapons depot near the Syrian-Lebanese border."));
    }

    [Fact]
    public void CountryWideLead_IsSummedUpByTheNamedPlacesOfTheSameAttacker()
    {
        var claims = Extract("The United States carried out air strikes in Iraq late on Tuesday, officials said. CENTCOM said its forces struck two facilities in the vicinity of al-Qaim.", published: new DateOnly(2024, 6, 12));

        Assert.Equal("al-Qaim", Assert.Single(claims).Place);
    }

    [Fact]
    public void UnnamedAttackerOnAStatesTerritory_IsItsEnemy()
    {
        var claim = Assert.Single(Extract("Губернатор Белгородской области Вячеслав Гладков сообщил, что сегодня утром в Валуйках дрон атаковал территорию предприятия.", lang: "ru"));

        Assert.Equal("Ukraine", claim.Attacker);
    }

    [Fact]
    public void PronounSpeakerAfterAnOfficialsQuote_IsThatOfficial()
    {
        var claims = Extract("Про це повідомив у Telegram начальник Херсонської обласної військової адміністрації. «Ворог здійснив 386 обстрілів. По місту Херсон випущено 42 снаряди», – зазначив він. За його словами, під обстрілами перебували Білозерка та Станіслав.", lang: "uk");

        var listed = claims.Where(c => c.PlaceNormalized is "Bilozerka" or "Stanislav").ToList();
        Assert.Equal(2, listed.Count);
        Assert.All(listed, c => Assert.StartsWith("Kherson regional governor", c.Claimant, StringComparison.Ordinal));
    }
    [Fact]
    public void TurkishPressNameOfASyrianTown_IsTheSyrianTown()
    {
        var claims = Extract("The ministry said Turkish jets struck PKK/YPG targets in Kamışlı and Derbesiye in northern Syria.", kind: "ministry");

        Assert.Equal([(173377, "SY"), (170887, "SY")], claims.Select(c => (c.GeonamesId ?? 0, c.Country)));
    }

    [Fact]
    public void CyrillicNameMatch_OutranksAHistoricalLatinAlternate()
    {
        var claim = Assert.Single(Extract("Російський дрон атакував Станіслав.", lang: "uk"));

        Assert.Equal(692944, claim.GeonamesId);
    }
    [Fact]
    public void NewsRetellingAGovernorsPost_AttributesItsUnattributedSentencesToHim()
    {
        var claims = Extract("Губернатор Белгородской области Вячеслав Гладков утром рассказал в своём Telegram-канале о последствиях обстрелов. 16 июня в Грайвороне дрон сбросил взрывное устройство на частный дом.", lang: "ru", published: new DateOnly(2025, 6, 17));

        var claim = Assert.Single(claims);
        Assert.Equal(("Grayvoron", "Ukraine"), (claim.PlaceNormalized, claim.Attacker));
        Assert.EndsWith("Vyacheslav Gladkov", claim.Claimant, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("In the Kharkiv direction, Russian forces attacked Ukrainian positions four times near Vovchansk and Hlyboke.", "en")]
    [InlineData("На Куп'янському напрямку ворог шість разів атакував у районах населених пунктів Петропавлівка та Степова.", "uk")]
    [InlineData("На Курахівському напрямку українські захисники відбили 38 атак у районах Катеринівки, Дальнього та Зорі.", "uk")]
    public void GroundAssaultsOnAFrontSector_AreNotStrikes(string text, string lang)
    {
        Assert.Empty(Extract(text, lang: lang));
    }

    [Fact]
    public void AirStrikesOnAFrontSector_AreStrikes()
    {
        var claim = Assert.Single(Extract("На Куп'янському напрямку ворог завдав авіаційного удару по Петропавлівці.", lang: "uk"));

        Assert.Equal("Russia", claim.Attacker);
    }

    [Fact]
    public void ListOfNamesSharingPluralRegions_IsAListOfRegions()
    {
        var claims = Extract("It said hits by missiles and attack drones were recorded in the Odesa, Kharkiv and Poltava regions, Ukraine's Air Force said.");

        Assert.Equal(["Odesa Oblast", "Kharkiv Oblast", "Poltava Oblast"], claims.Select(c => c.PlaceNormalized));
    }

    [Fact]
    public void HabitualCueAfterTheStrikesOwnDate_DoesNotMakeItATally()
    {
        var claims = Extract("Overnight, IAF fighter jets struck Hezbollah sites in the areas of Kfar Kila and Yohmor in southern Lebanon, including launchers the terrorist organization had been operating in recent weeks.", kind: "ministry");

        Assert.Equal(["Kfar Kila", "Yohmor al-Shqif"], claims.Select(c => c.PlaceNormalized));
    }

    [Fact]
    public void HabitualCueWithoutADateBeforeIt_IsATally()
    {
        Assert.Empty(Extract("Hezbollah and Israel have exchanged near-daily strikes near Khiam since the Palestinian militant group Hamas attacked Israel on Oct. 7."));
    }

    [Fact]
    public void MonthDayLastYear_IsTheYearBeforePublication()
    {
        var claim = Assert.Single(Extract("On April 7 last year, a drone strike hit a checkpoint near Sulaymaniyah, Iraqi Kurdish officials said.", published: new DateOnly(2025, 6, 1)));

        Assert.Equal("2024-04-07", claim.EventDate);
    }

    [Fact]
    public void CyrillicAbbreviationsAndShortWords_AreNotSettlements()
    {
        var claim = Assert.Single(Extract("ВС России нанесли групповой удар по предприятиям ВПК в Харькове. Об этом сообщили в Минобороны РФ.", lang: "ru"));

        Assert.Equal("Kharkiv", claim.PlaceNormalized);
    }

    [Fact]
    public void MortarFire_IsAStrike_AndTalksElsewhereAreNotItsPlace()
    {
        var claims = Extract("Hamas said its fighters fired mortar rounds at Israeli troops east of Khan Yunis on Tuesday, as envoys prepared for talks in Cairo.", published: new DateOnly(2025, 5, 14));

        var claim = Assert.Single(claims);
        Assert.Equal(("Khan Younis", "Hamas", "claim"), (claim.PlaceNormalized, claim.Attacker, claim.Stance));
    }

    [Fact]
    public void PostSignedAtItsFoot_IsTheSignersClaim()
    {
        var claim = Assert.Single(Extract("Упродовж дня росіяни атакували Нікополь FPV-дронами та артилерією.\n\nДніпропетровська ОВА", lang: "uk", kind: "ministry"));

        Assert.Equal(("Nikopol", "2025-02-08"), (claim.PlaceNormalized, claim.EventDate));
        Assert.StartsWith("Dnipropetrovsk regional governor", claim.Claimant, StringComparison.Ordinal);
    }

    [Fact]
    public void AbbreviatedGovernorAndLaterSurname_AreNamedWithThePerson()
    {
        var claims = Extract("Gov. Alexander Bogomaz said a Ukrainian drone strike hit a car near Klimovo. Governor Vyacheslav Gladkov met residents of Belgorod on Saturday. Later, Bogomaz said Ukrainian forces shelled Sevsk.", published: new DateOnly(2025, 5, 24));

        Assert.All(claims, c => Assert.EndsWith("Alexander Bogomaz", c.Claimant, StringComparison.Ordinal));
        Assert.Equal(["Klimovo", "Sevsk"], claims.Select(c => c.PlaceNormalized));
    }

    [Fact]
    public void AirForceMainTargets_InRegions_AreClaims_AndTheLeadSummaryIsNot()
    {
        const string text = "KYIV, March 22 (Wire) - Russia struck Ukraine's energy system with dozens of missiles overnight, authorities said on Friday.\n\n"
            + "Ukraine's air force said Russia had fired 88 missiles overnight. The main targets were energy facilities in the Kharkiv and Khmelnytskyi regions, it said.\n\n"
            + "Energy Minister German Galushchenko called it the largest attack on Ukraine's energy sector in recent times.";

        var claims = Extract(text, published: new DateOnly(2024, 3, 22));

        Assert.Equal(["Kharkiv Oblast", "Khmelnytskyi Oblast"], claims.Select(c => c.PlaceNormalized).Order(StringComparer.Ordinal));
        Assert.All(claims, c => Assert.Equal(("Ukrainian Air Force", "Russia"), (c.Claimant, c.Attacker)));
    }

    [Fact]
    public void HydroelectricStationNamedAfterARiver_IsNoTown_ButARefineryNamedAfterItsTownIs()
    {
        var dam = Extract("In Zaporizhzhia, regional governor Ivan Fedorov said Russian missiles had hit the Dnipro hydroelectric power station early on Friday.", published: new DateOnly(2024, 3, 22));
        var refinery = Extract("Ukraine's General Staff said its forces had struck the Novokuibyshevsk oil refinery overnight.", published: new DateOnly(2025, 3, 14));

        Assert.Equal(["Zaporizhzhia"], dam.Select(c => c.PlaceNormalized));
        Assert.Equal(["Novokuibyshevsk"], refinery.Select(c => c.Place));
    }

    [Fact]
    public void GovernorsTie_GoesToTheRegionTheirSentenceNames()
    {
        var claims = Extract("In Russia's Belgorod region, which borders Ukraine, Governor Vyacheslav Gladkov said Ukrainian shelling had hit Belgorod and the village of Dubovoye on Friday.", published: new DateOnly(2024, 3, 22));

        Assert.All(claims, c => Assert.StartsWith("Belgorod regional governor", c.Claimant, StringComparison.Ordinal));
    }

    [Fact]
    public void WeeklyMinistrySummary_PlacesAreClaims_DatedFromTheWeeksFirstDay()
    {
        var claims = Extract("Подразделения группировки войск «Днепр» за неделю нанесли огневое поражение бригаде ВСУ в районах населенных пунктов Антоновка, Садовое Херсонской области.",
            lang: "ru", kind: "ministry", published: new DateOnly(2026, 1, 17));

        Assert.Equal(2, claims.Count);
        Assert.All(claims, c => Assert.Equal(("2026-01-10", 3), (c.EventDate, c.DatePrecision)));
    }
}
