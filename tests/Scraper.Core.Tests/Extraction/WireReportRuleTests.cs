using Scraper.Extraction;

namespace Scraper.Core.Tests.Extraction;

/// <summary>Wire reports that quote both sides of a war in one text (Reuters, AP, AFP style).</summary>
public sealed class WireReportRuleTests
{
    private static readonly StrikeClaimExtractor Extractor = new();

    private static IReadOnlyList<StrikeClaim> Extract(string text, string lang = "en") =>
        Extractor.Extract(new ExtractionInput(text, new DateOnly(2025, 3, 9), lang, "news"));

    [Fact]
    public void SentenceNamingStrikesOfBothSides_CreditsEachPlaceToTheSideNamedBeforeIt()
    {
        var claims = Extract("Officials said a Russian strike killed two people in Slatyne and a Ukrainian drone set a substation on fire in Russia's Voronezh region.");

        Assert.Equal("Russia", claims.Single(c => c.PlaceNormalized == "Slatyne").Attacker);
        Assert.Equal("Ukraine", claims.Single(c => c.PlaceNormalized == "Voronezh Oblast").Attacker);
    }

    [Fact]
    public void WeaponNamedAsWhatWasDestroyed_IsNotASideStriking()
    {
        var claim = Assert.Single(Extract("A Russian Iskander-M missile strike on Saturday destroyed two Ukrainian HIMARS launchers near the settlement of Konstantinovka, the Russian Defense Ministry reported."));

        Assert.Equal(("Russia", "claim"), (claim.Attacker, claim.Stance));
    }

    [Fact]
    public void StrikesOnTheSpeakersOwnCountry_AreNotCreditedToItsSideNamedInTheLead()
    {
        var claims = Extract("""
            Russia and Ukraine attacked each other with drones overnight, officials on both sides said, with a Ukrainian drone setting a power substation on fire in Russia's Voronezh region.

            Drones and missiles struck targets in the Kharkiv, Sumy and Odesa regions during the night, Ukraine's Air Force said.
            """);

        Assert.All(claims.Where(c => c.Country == "UA"), c => Assert.Equal("Russia", c.Attacker));
        Assert.Equal(3, claims.Count(c => c.Country == "UA"));
    }

    [Fact]
    public void RegionalGovernorsOfTwoRegions_EachKeepTheirOwnRegion()
    {
        var claims = Extract("""
            In the Kharkiv region, a drone strike on a private house in the village of Slatyne killed a man and a woman late on Saturday, the regional governor said.

            The Sumy regional military administration said Russian forces had shelled Krasnopillia and Bilopillia over the past 24 hours.
            """);

        Assert.StartsWith("Kharkiv", claims.Single(c => c.PlaceNormalized == "Slatyne").Claimant, StringComparison.Ordinal);
        Assert.StartsWith("Sumy", claims.Single(c => c.Place == "Bilopillia").Claimant, StringComparison.Ordinal);
    }
}
