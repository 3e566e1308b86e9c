using Scraper.Geo;

namespace Scraper.Core.Tests.Geo;

public sealed class NameFoldingTests
{
    [Theory]
    [InlineData("Jisr ash Shughūr", "jisr shughur")]
    [InlineData("Jisr el-Shughur", "jisr shughur")]
    [InlineData("Ar Raqqah", "raqqa")]
    [InlineData("Kramators’k", "kramatorsk")]
    [InlineData("Ёлкино", "елкино")]
    public void Fold_DiacriticsArticlesApostrophes_AreIgnored(string name, string expected)
    {
        Assert.Equal(expected, NameFolding.Fold(name));
    }

    [Fact]
    public void Skeleton_RomanisationVariants_Agree()
    {
        var variants = new[] { "Jisr ash Shughur", "Djisr el Choghour", "Jisr-esh-Shughour" };

        Assert.Single(variants.Select(v => NameFolding.Skeleton(NameFolding.Fold(v))).Distinct());
    }

    [Theory]
    [InlineData("Сумської", "Сумська")]
    [InlineData("Брянской", "Брянская")]
    [InlineData("Харківщині", "Харківщина")]
    public void CyrillicStem_InflectedAndDictionaryForm_ShareStem(string inflected, string dictionary)
    {
        Assert.Equal(Inflection.CyrillicStem(NameFolding.Fold(dictionary)), Inflection.CyrillicStem(NameFolding.Fold(inflected)));
    }
}
