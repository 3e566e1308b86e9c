using Scraper.Extraction;

namespace Scraper.Core.Tests.Extraction;

/// <summary>Arabic monitor pages and state-media reports (SOHR, SANA styles).</summary>
public sealed class ArabicReportRuleTests
{
    private static readonly StrikeClaimExtractor Extractor = new();

    private static IReadOnlyList<StrikeClaim> Extract(string text, string kind = "news") =>
        Extractor.Extract(new ExtractionInput(text, new DateOnly(2024, 10, 25), "ar", kind));

    [Fact]
    public void MonitorPage_IsTheMonitorsEvenWhenAMinistryIsNamedFirst()
    {
        var claims = Extract("""
            قالت وزارة الدفاع التركية إن عملياتها مستمرة.

            وقصفت مسيّرات تركية اليوم محيط مدينة عامودا.

            ووثق المرصد السوري أكثر من 60 ضربة منذ مساء الأربعاء.
            """, kind: "monitor");

        var claim = claims.Single(c => c.PlaceNormalized == "Amude");
        Assert.Equal(("Syrian Observatory for Human Rights", "Turkey", "report"), (claim.Claimant, claim.Attacker, claim.Stance));
    }

    [Fact]
    public void IndefiniteNationalityAdjective_NamesTheAttackerNotTheSpeaker()
    {
        var claim = Assert.Single(Extract("قالت قوات سوريا الديمقراطية في بيان إن مسيّرة تركية استهدفت سيارة مدنية قرب مدينة القامشلي."));

        Assert.Equal(("Syrian Democratic Forces", "Turkey"), (claim.Claimant, claim.Attacker));
    }

    [Fact]
    public void CountrysideOfATown_IsNearTheTownNotTheProvince()
    {
        var claim = Assert.Single(Extract("نفّذت طائرة مسيّرة تركية ضربة استهدفت محطة لتوليد الكهرباء في ريف بلدة القحطانية بريف الحسكة الشمالي الشرقي."));

        Assert.Equal("Al Qahtaniyah", claim.PlaceNormalized);
    }

    [Fact]
    public void VillageNameStartingWithHill_IsOneNameNotTheWordHill()
    {
        var claims = Extract("كما قصفت مسيّرات تركية اليوم محيط مدينة عامودا وقريتي تل جمعة وأم الكيف في ريف تل تمر.");

        Assert.Contains(claims, c => c.Place == "تل جمعة");
        Assert.Contains(claims, c => c.Place == "أم الكيف");
        Assert.DoesNotContain(claims, c => c.Place == "تل");
    }

    [Fact]
    public void CountrysideFramingASentence_IsNotAPlaceStruckWhenItsVillagesFollow()
    {
        var claims = Extract("وفي ريف مدينة عين العرب (كوباني)، قصفت القوات التركية بالمدفعية الثقيلة قرى زور مغار والشيوخ تحتاني غربي المدينة.");

        Assert.DoesNotContain(claims, c => c.PlaceNormalized == "Kobani");
        Assert.Contains(claims, c => c.Place == "زور مغار");
    }

    [Fact]
    public void StateMediasBareDefenceMinistry_IsItsOwnStates()
    {
        var claims = Extract("""
            دمشق-سانا

            أعلنت وزارة الدفاع في بيان أنه حوالي الساعة 23:40 من مساء أمس نفذ العدو الإسرائيلي عدواناً جوياً مستهدفاً عدداً من النقاط في محيط مدينة دمشق.
            """);

        var claim = Assert.Single(claims);
        Assert.Equal(("Syrian government", "Israel", "report"), (claim.Claimant, claim.Attacker, claim.Stance));
    }

    [Fact]
    public void OutletsOwnParagraphBeforeAQuotedStatementFurtherDown_IsNotThatStatement()
    {
        var claims = Extract("""
            عدوان إسرائيلي يستهدف محيط دمشق

            دمشق-سانا

            أعلنت وزارة الدفاع في بيان أن العدو الإسرائيلي نفذ عدواناً جوياً مستهدفاً عدداً من النقاط في محيط مدينة دمشق.

            وفي سياق متصل، قصفت قوات الاحتلال الإسرائيلي فجر اليوم بعدد من قذائف المدفعية محيط بلدة جباتا الخشب في ريف القنيطرة الشمالي.

            وكان جيش الاحتلال الإسرائيلي قد زعم في بيان أن طائراته الحربية استهدفت الليلة الماضية بنى تحتية عسكرية في محيط دمشق.
            """);

        Assert.Equal("unattributed", claims.Single(c => c.Place!.Contains("جباتا", StringComparison.Ordinal)).Claimant);
    }

    [Fact]
    public void IraqiSecurityMediaCellStatement_IsIraqsOwnClaim()
    {
        var claim = Assert.Single(Extract("""
            خلية الإعلام الأمني
            بيان

            نفذت طائرات F-16 العراقية، مساء يوم أمس الأحد، ضربتين جويتين استهدفتا وكرين لعصابات داعش الإرهابية في وادي الشاي جنوب غربي كركوك.
            """, kind: "ministry"));

        Assert.Equal(("Iraqi Security Media Cell", "Iraq", "claim"), (claim.Claimant, claim.Attacker, claim.Stance));
    }

    [Fact]
    public void LinesListedUnderATargetsIntro_AreStrikesOfTheIdfsArabicSpokesman()
    {
        var claims = Extract("""
            أغارت قبل قليل طائرات حربية لجيش الدفاع على عشرات منصات الصواريخ في جنوب لبنان.

            من بين الأهداف التي تمت مهاجمتها:
            ▪️ في منطقة يحمر الشقيف: مقر قيادة ومنصات صاروخية
            ▪️ في منطقة طيرحرفا: منصتان صاروخيتان وبنية تحتية إرهابية
            """, kind: "ministry");

        Assert.Contains(claims, c => c.Place == "يحمر الشقيف");
        Assert.Contains(claims, c => c.Place == "طيرحرفا");
        Assert.All(claims, c => Assert.Equal(("IDF", "Israel", "claim"), (c.Claimant, c.Attacker, c.Stance)));
    }

    [Fact]
    public void HospitalTheWoundedWereTakenTo_IsNoSpeaker_AndACorrespondentIsHisChannel()
    {
        var outlet = Assert.Single(Extract("شن الطيران الحربي المعادي ظهر اليوم غارة جوية على منزل في بلدة عيترون، ما أدى إلى إصابة مواطنين نقلتهما فرق الإسعاف إلى مستشفى صلاح غندور في بنت جبيل."));
        var channel = Assert.Single(Extract("أفاد مراسل الميادين في البقاع بأنّ طائرات الاحتلال الإسرائيلي شنّت فجر اليوم غارة على بلدة دورس."));

        Assert.NotEqual("medical sources", outlet.Claimant);
        Assert.Equal("Al Mayadeen", channel.Claimant);
    }
}
