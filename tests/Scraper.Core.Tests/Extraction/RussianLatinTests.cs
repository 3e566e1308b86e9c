using Scraper.Extraction;

namespace Scraper.Core.Tests.Extraction;

public sealed class RussianLatinTests
{
    [Theory]
    [InlineData("Вячеслав Гладков", "Vyacheslav Gladkov")]
    [InlineData("Александр Хинштейн", "Alexander Khinshtein")]
    [InlineData("Сергей Шойгу", "Sergei Shoigu")]
    [InlineData("Дмитрий Песков", "Dmitry Peskov")]
    [InlineData("Евгений Воробьёв", "Yevgeny Vorobyov")]
    [InlineData("Мария Захарова", "Maria Zakharova")]
    [InlineData("Николай Гусев", "Nikolai Gusev")]
    public void Names_AreSpelledAsTheEnglishPressSpellsThem(string cyrillic, string latin)
    {
        Assert.Equal(latin, RussianLatin.Transliterate(cyrillic));
    }

    [Fact]
    public void RussianGovernorInTheGenitive_IsNamedAsTheWiresNameHim()
    {
        var claims = new StrikeClaimExtractor().Extract(new ExtractionInput(
            "В результате атаки ВСУ на Рыльск пострадали два человека, сообщил губернатор Курской области Александр Хинштейн.",
            new DateOnly(2025, 8, 3), "ru", "news"));

        Assert.EndsWith("Alexander Khinshtein", Assert.Single(claims).Claimant, StringComparison.Ordinal);
    }
}
