using Scraper.Extraction;
using Scraper.Geo;

namespace Scraper.Core.Tests.Geo;

/// <summary>The probe places of the gazetteer reference, in every script and spelling the sources use.</summary>
public sealed class PlaceResolverTests
{
    private static readonly PlaceResolver Resolver = ExtractionData.Default.Places;

    [Theory]
    [InlineData("Ізюма", 707292)]
    [InlineData("Изюма", 707292)]
    [InlineData("Оріхова", 698428)]
    [InlineData("Чугуєва", 710374)]
    public void Resolve_UkrainianGenitive_MeetsTheRussianSpellingGeoNamesHas(string written, long geonamesId)
    {
        Assert.Equal(geonamesId, Resolver.Resolve(written, PlaceContext.Empty)?.GeonamesId);
    }

    [Theory]
    [InlineData("Jisr el-Shughur", 169023)]
    [InlineData("Jisr ash-Shughur", 169023)]
    [InlineData("Djisr el Choghour", 169023)]
    [InlineData("Джиср-эш-Шугур", 169023)]
    [InlineData("جسر الشغور", 169023)]
    [InlineData("Talbiseh", 163779)]
    [InlineData("تلبيسة", 163779)]
    [InlineData("Raqqa", 172955)]
    [InlineData("Raqqah", 172955)]
    [InlineData("Ракка", 172955)]
    [InlineData("Hama", 170017)]
    [InlineData("Хама", 170017)]
    [InlineData("Bakhmut", 713174)]
    [InlineData("Бахмут", 713174)]
    [InlineData("Artemivsk", 713174)]
    [InlineData("Avdeyevka", 713122)]
    [InlineData("Авдіївка", 713122)]
    [InlineData("Kharkov", 706483)]
    [InlineData("Харків", 706483)]
    [InlineData("Mosul", 99072)]
    [InlineData("الموصل", 99072)]
    [InlineData("Sana'a", 71137)]
    [InlineData("Hodeidah", 79415)]
    [InlineData("Khan Younis", 281124)]
    [InlineData("Хан-Юнис", 281124)]
    [InlineData("Al Shadaddi", 172837)]
    [InlineData("Dayr Az Zawr", 170794)]
    [InlineData("Kupiansk", 703656)]
    public void Resolve_SpellingVariant_FindsGeoNamesEntry(string written, long geonamesId)
    {
        Assert.Equal(geonamesId, Resolver.Resolve(written, PlaceContext.Empty)?.GeonamesId);
    }

    [Theory]
    [InlineData("15", 686896)]
    [InlineData("07", 686895)]
    public void Resolve_CyrillicNameListedOnOneOfTwoNamesakes_RegionContextPicksTheOther(string admin1, long geonamesId)
    {
        // GeoNames lists "Золочів" on the Lviv town only; the Kharkiv one is found through its Latin name.
        var context = new PlaceContext(new HashSet<string> { "UA" }, new HashSet<(string, string)> { ("UA", admin1) });

        Assert.Equal(geonamesId, Resolver.Resolve("Золочів", context)?.GeonamesId);
    }

    [Theory]
    [InlineData("Бахмута", 713174)]
    [InlineData("Одессе", 698740)]
    [InlineData("Покровском", 704422)]
    public void Resolve_InflectedCyrillic_StripsCaseEnding(string written, long geonamesId)
    {
        Assert.Equal(geonamesId, Resolver.Resolve(written, PlaceContext.Empty)?.GeonamesId);
    }

    [Theory]
    [InlineData("Боровой", "07", 711623)]
    public void Resolve_InflectedAdjectiveName_FindsTheTownInContextDespiteALatinNamesake(string written, string admin1, long geonamesId)
    {
        // Боровой reads "Borovoy", a Russian village's name; the stem finds Боровая, the Kharkiv town.
        var context = new PlaceContext(new HashSet<string> { "UA" }, new HashSet<(string, string)> { ("UA", admin1) });

        Assert.Equal(geonamesId, Resolver.Resolve(written, context)?.GeonamesId);
    }

    [Theory]
    [InlineData("Сумської області", "UA", "21")]
    [InlineData("Брянской области", "RU", "10")]
    [InlineData("Kharkiv region", "UA", "07")]
    [InlineData("Idlib province", "SY", "12")]
    [InlineData("Nikolayev Region", "UA", "16")]
    [InlineData("Kharkov region", "UA", "07")]
    public void Resolve_RegionPhrase_GivesAdmin1(string written, string country, string admin1)
    {
        var entry = Resolver.Resolve(written, PlaceContext.Empty);

        Assert.Equal(PlaceLevel.Admin1, entry?.Level);
        Assert.Equal((country, admin1), (entry!.Country, entry.Admin1));
    }

    [Fact]
    public void Resolve_TurkishLocativeSuffix_IsStripped()
    {
        Assert.Equal(Resolver.Resolve("Sinjar", PlaceContext.Empty)?.GeonamesId, Resolver.Resolve("Sinjar'da", PlaceContext.Empty)?.GeonamesId);
    }

    [Theory]
    [InlineData("Fighting")]
    [InlineData("Coalition")]
    [InlineData("Sunday")]
    public void Resolve_CommonWord_IsNotAPlace(string written)
    {
        Assert.Null(Resolver.Resolve(written, PlaceContext.Empty));
    }

    [Fact]
    public void Resolve_CountryName_IsCountryLevel()
    {
        var entry = Resolver.Resolve("Сирии", PlaceContext.Empty);

        Assert.Equal(("SY", PlaceLevel.Country), (entry?.Country, entry?.Level));
    }

    [Fact]
    public void Resolve_RegionOfANearSpelling_IsNoRegion()
    {
        Assert.NotEqual("SA", Resolver.Resolve("Metina region", PlaceContext.Empty)?.Country);
    }
}
