using Scraper.Extraction;

namespace Scraper.Core.Tests.Extraction;

public sealed class UkrainianLatinTests
{
    [Theory]
    [InlineData("Олег Синєгубов", "Oleh Syniehubov")]
    [InlineData("Ігор Терехов", "Ihor Terekhov")]
    [InlineData("Сергій Лисак", "Serhii Lysak")]
    [InlineData("Юрій Ігнат", "Yurii Ihnat")]
    [InlineData("Згурівка", "Zghurivka")]
    [InlineData("Їжакевич", "Yizhakevych")]
    public void Names_FollowTheNationalSystem(string cyrillic, string latin)
    {
        Assert.Equal(latin, UkrainianLatin.Transliterate(cyrillic));
    }

    [Fact]
    public void UkrainianOfficialInTheGenitive_IsNamedInTheNominative_InUkrainianSpelling()
    {
        var claims = new StrikeClaimExtractor().Extract(new ExtractionInput(
            "Уночі російські дрони атакували Одещину: за словами голови Одеської ОВА Олега Кіпера, в Ізмаїлі пошкоджено енергетичний об'єкт.",
            new DateOnly(2026, 1, 17), "uk", "news"));

        Assert.EndsWith("Oleh Kiper", Assert.Single(claims).Claimant, StringComparison.Ordinal);
    }
}
