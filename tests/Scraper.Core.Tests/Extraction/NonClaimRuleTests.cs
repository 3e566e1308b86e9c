using Scraper.Extraction;

namespace Scraper.Core.Tests.Extraction;

/// <summary>Sentences with strike words that report no strike: exercises, and places described as affected by shelling in general.</summary>
public sealed class NonClaimRuleTests
{
    private static readonly StrikeClaimExtractor Extractor = new();

    private static IReadOnlyList<StrikeClaim> Extract(string text, string lang, DateOnly? published = null) =>
        Extractor.Extract(new ExtractionInput(text, published ?? new DateOnly(2025, 9, 15), lang, "news"));

    [Theory]
    [InlineData("Расчёты комплекса «Искандер-М» Балтийского флота отработали нанесение ракетных ударов по объектам условного противника в ходе тактического учения в Калининградской области.", "ru")]
    [InlineData("Екіпажі відпрацювали удари по позиціях умовного противника під час навчань на Житомирщині.", "uk")]
    [InlineData("US Marine F-35s struck simulated targets near Adazi in Latvia on Monday during the exercise, the Pentagon said.", "en")]
    public void ExerciseStrikes_AreNoClaims(string text, string lang)
    {
        Assert.Empty(Extract(text, lang));
    }

    [Fact]
    public void TallySinceTheStartOfAMonth_IsNoClaim()
    {
        Assert.Empty(Extract("Since the beginning of June, Russian forces have attacked Sumy Oblast more than 1,000 times, according to the oblast military administration.", "en"));
    }

    [Fact]
    public void AttacksSinceEarlyAMonth_AreATallyButStrikesSinceEarlyMorningAreNot()
    {
        Assert.Empty(Extract("Russia has launched more than a dozen large-scale attacks on Ukraine's gas production since early October.", "en"));
        Assert.NotEmpty(Extract("Russian warplanes carried out 14 airstrikes since early morning today on the outskirts of Kansafra.", "en"));
    }

    [Fact]
    public void AidToAreasAffectedByShelling_IsNoClaim()
    {
        Assert.Empty(Extract("Также в понедельник гуманитарный конвой доставил около 120 тонн продуктов в приграничные районы Курской области, пострадавшие от обстрелов.", "ru"));
    }

    [Fact]
    public void OneShellingThatInjured_IsStillAClaim()
    {
        var claim = Assert.Single(Extract("В понедельник ВСУ обстреляли Шебекино, от обстрела пострадали двое мирных жителей, сообщил губернатор.", "ru"));

        Assert.Equal("Shebekino", claim.PlaceNormalized);
    }

    [Theory]
    [InlineData("The Pentagon said its forces would retain the ability to conduct strikes against ISIS in Syria after the drawdown.")]
    [InlineData("The president has vowed to keep striking the militants until they stop attacking shipping in the Red Sea.")]
    [InlineData("Coalition advisers also took part in a ground raid in the village of Dhiban on Wednesday, the SDF said.")]
    [InlineData("Critics say the repeated Israeli strikes on Hodeidah port risk worsening the humanitarian crisis.")]
    [InlineData("Correction, 20 November: an earlier version of this update gave the number of strikes near Hit as two.")]
    public void AbilitiesVowsRaidsRepeatedStrikesAndCorrections_AreNoClaims(string text)
    {
        Assert.Empty(Extract(text, "en", new DateOnly(2025, 4, 18)));
    }

    [Fact]
    public void ArabicTollSinceTheCeasefire_IsNoClaim()
    {
        Assert.Empty(Extract("وبحسب وزارة الصحة، قتل أكثر من 300 شخص في غارات إسرائيلية على جنوب لبنان منذ سريان وقف إطلاق النار.", "ar"));
    }

    [Theory]
    [InlineData("Решта ударів припали на прифронтові села.", "uk")]
    [InlineData("Атака триває, в повітрі ще кілька ворожих дронів.", "uk")]
    public void SentenceOpeningWords_AreNoPlaces(string text, string lang)
    {
        Assert.DoesNotContain(Extract(text, lang), c => c.Place is "Решта" or "Атака");
    }

    [Theory]
    [InlineData("Прифронтові громади району щодня потерпають від атак дронів і артилерії.", "uk")]
    [InlineData("Запорізька область залишається однією з найбільш обстрілюваних в Україні.", "uk")]
    [InlineData("On Sunday morning, Kyiv also attempted to attack facilities in the Kursk Region with a drone, but it was suppressed, the ministry said.", "en")]
    public void DailyHardshipMostShelledAndAttemptedAttacks_AreNoClaims(string text, string lang)
    {
        Assert.Empty(Extract(text, lang));
    }

    [Fact]
    public void ArabicBackgroundSinceAMonth_AndTheCountry_AreNoClaims()
    {
        Assert.Empty(Extract("ومنذ نوفمبر 2023، يشن الحوثيون هجمات بالصواريخ والمسيرات على إسرائيل وعلى سفن يقولون إنها مرتبطة بها.", "ar"));
        Assert.DoesNotContain(Extract("شنت مقاتلات إسرائيلية الليلة الماضية غارات على أهداف في محافظة الحديدة، في أول ضربات على البلاد منذ أسابيع.", "ar"), c => c.Place == "البلاد");
    }

    [Theory]
    [InlineData("Из-за угрозы атак беспилотников Росавиация ночью вводила ограничения в аэропортах Калуги и Тамбова.", "ru")]
    [InlineData("Губернатор сообщил, что ночью над Воронежем были обнаружены и уничтожены семь беспилотников.", "ru")]
    [InlineData("Аэродром в Староконстантинове с начала конфликта неоднократно становился целью ракетных ударов.", "ru")]
    public void ThreatsInterceptionsAndRepeatedTargeting_AreNoClaims(string text, string lang)
    {
        Assert.Empty(Extract(text, lang));
    }

    [Fact]
    public void OfficialMetAgainBySurname_IsNoTown()
    {
        var claims = Extract("Губернатор Воронежской области Александр Гусев сообщил об атаке. Позднее Гусев уточнил, что в поселке Давыдовка в результате атаки беспилотника загорелась постройка.", "ru");

        Assert.DoesNotContain(claims, c => c.Place == "Гусев");
    }

    [Fact]
    public void HelicopterRaidsAndFacilitatedAttacks_AreNoClaims_AndWhomTheyAttackInSupportOfIsNoPlace()
    {
        Assert.Empty(Extract("On July 21, CENTCOM forces conducted a helicopter-borne raid in the vicinity of Al-Shuhayl, detaining a senior ISIS official.", "en"));
        Assert.Empty(Extract("The detained official had facilitated attacks against SDF checkpoints near Hasakah.", "en"));
        Assert.DoesNotContain(Extract("The militias say the wave of attacks on US bases in Iraq is a response to Washington's support for Israel's war in Gaza.", "en"), c => c.PlaceNormalized == "Gaza City");
    }

    [Fact]
    public void LaunchesSinceTheStartOfAutumn_AreStatistics()
    {
        Assert.Empty(Extract("За даними Повітряних сил, від початку осені Росія випустила по Україні понад 6 тисяч ударних дронів різних типів.", "uk", new DateOnly(2024, 12, 3)));
    }

    [Fact]
    public void RegionsListedAfterFrom_AreLaunchSites_NotTargets()
    {
        var claims = Extract("У ніч на 9 лютого противник атакував трьома балістичними ракетами Іскандер-М з Курської та Воронезької областей рф та 139 дронами. Уражено об'єкти у Полтавській області.", "uk", new DateOnly(2025, 2, 9));

        Assert.DoesNotContain(claims, c => c.Country == "RU");
    }

    [Theory]
    [InlineData("The strikes were conducted by fighter aircraft operating from the USS Harry S. Truman and USS Carl Vinson in the Red Sea and Arabian Sea, CENTCOM said.")]
    [InlineData("These strikes have degraded the Houthis' ability to threaten freedom of navigation in the Red Sea and the Gulf of Aden, CENTCOM said.")]
    public void WatersWhereCarriersSailOrShippingGoes_AreNotWhereTheStrikesHit(string sentence)
    {
        Assert.Empty(Extract(sentence, "en", new DateOnly(2025, 4, 29)));
    }

    [Fact]
    public void MonthlyTallyAgainstACountry_IsAStatistic()
    {
        Assert.Empty(Extract("According to air force data, Russia launched more than 4,000 drones and decoys against Ukraine in April alone.", "en", new DateOnly(2025, 5, 14)));
    }
}
