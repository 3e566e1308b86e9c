using Scraper.Extraction;

namespace Scraper.Core.Tests.Extraction;

/// <summary>Which gazetteer entry a place name gets: namesakes, spelling variants, people's names and the document's country and oblast.</summary>
public sealed class PlaceResolutionRuleTests
{
    private static readonly StrikeClaimExtractor Extractor = new();

    private static IReadOnlyList<StrikeClaim> Extract(string text, string lang = "en", string kind = "news", DateOnly? published = null) =>
        Extractor.Extract(new ExtractionInput(text, published ?? new DateOnly(2025, 2, 8), lang, kind));

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
}
