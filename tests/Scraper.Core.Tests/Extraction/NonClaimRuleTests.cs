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
}
