using Scraper.Extraction;

namespace Scraper.Core.Tests.Extraction;

/// <summary>News items quoting a regional administration's daily list of communities (Ukrainska Pravda style).</summary>
public sealed class RegionalReportRuleTests
{
    private const string SumyReport = """
        Russians attack Sumy Oblast 89 times in a day

        Russian forces carried out 89 attacks on 33 settlements in Sumy Oblast over the past day.

        Source: Sumy Oblast Military Administration on Telegram

        Quote: "The following hromadas came under fire:

        Yunakivka hromada: an airstrike with two guided aerial bombs (KABs); a 61-year-old man was killed.
        Khotin hromada: FPV drone attacks (5 explosions).
        Krasnopillia hromada: mortar and artillery shelling (14 explosions)."
        """;

    private static IReadOnlyList<StrikeClaim> Extract(string text) =>
        new StrikeClaimExtractor().Extract(new ExtractionInput(text, new DateOnly(2025, 6, 12), "en", "news"));

    [Fact]
    public void LineHeadedByACommunity_IsAClaimAtThatCommunity()
    {
        var claims = Extract(SumyReport);

        Assert.Equal(["Yunakivka", "Khotin", "Krasnopillia"], claims.Select(c => c.Place));
        Assert.All(claims, c => Assert.Equal(("Russia", "UA", "2025-06-11"), (c.Attacker, c.Country, c.EventDate)));
    }

    [Fact]
    public void CommunityGeoNamesLacks_IsNotANamesakeInAnotherRegion()
    {
        var khotin = Extract(SumyReport).Single(c => c.Place == "Khotin");

        // GeoNames' Khotyn lies in Chernivtsi Oblast; the report is about Sumy Oblast.
        Assert.Null(khotin.GeonamesId);
        Assert.Equal("21", khotin.Admin1);
    }

    [Fact]
    public void SourceLineUnderTheLead_NamesWhoseAccountTheItemRelays()
    {
        Assert.All(Extract(SumyReport), c => Assert.StartsWith("Sumy", c.Claimant, StringComparison.Ordinal));
    }

    [Fact]
    public void RegionOpeningASentence_HoldsItsVillagesAndIsTheSpeakersRegionAfter()
    {
        var claims = Extract("""
            In Kharkiv Oblast, Russian forces attacked Kupiansk and the village of Kivsharivka over the past day, Governor Oleh Syniehubov said.

            On the morning of June 11, a Russian drone strike hit a private house in Zolochiv, according to Syniehubov.

            In Kherson Oblast, Russian attacks on Kherson, Bilozerka, Antonivka and Sadove killed one person, Governor Oleksandr Prokudin said.
            """);

        // GeoNames also has a Zolochiv in Lviv Oblast and a Sadove in Odesa Oblast.
        Assert.Equal("07", claims.Single(c => c.Place == "Zolochiv").Admin1);
        Assert.Equal("08", claims.Single(c => c.Place == "Sadove").Admin1);
    }

    [Fact]
    public void AdministrationOfAnotherRegion_DoesNotTakeTheNameOfAGovernorNamedBefore()
    {
        var claims = Extract("""
            In Kharkiv Oblast, Russian forces attacked Kupiansk over the past day, Governor Oleh Syniehubov said.

            In Sumy Oblast, Russian troops hit the Bilopillia and Velyka Pysarivka hromadas, the regional military administration reported.
            """);

        Assert.Contains("Syniehubov", claims.Single(c => c.Place == "Kupiansk").Claimant, StringComparison.Ordinal);
        Assert.All(claims.Where(c => c.Admin1 == "21"), c => Assert.Equal("Sumy regional governor Oleh Hryhorov", c.Claimant));
    }

    [Fact]
    public void GovernorOfARegionAfterANationalityWord_SpeaksForThatRegion()
    {
        var claim = Assert.Single(Extract("Alexander Khinshtein, the Russian governor of Kursk Oblast, claimed that Ukrainian drones had attacked a car in the village of Tyotkino."));

        Assert.Equal("Kursk regional governor Alexander Khinshtein", claim.Claimant);
    }

    [Fact]
    public void SourceLinesRegion_PlacesTheCommunitiesOfAReportNamingOtherRegionsToo()
    {
        var claims = Extract(SumyReport + "\n\nAlexander Khinshtein, the Russian governor of Kursk Oblast, claimed that Ukrainian drones had attacked a car in the village of Tyotkino.");

        Assert.All(claims.Where(c => c.Place is "Yunakivka" or "Khotin"), c => Assert.Equal(("21", "Sumy regional governor Oleh Hryhorov"), (c.Admin1, c.Claimant)));
    }

    [Fact]
    public void UnknownVillageOpeningAListOfTowns_IsAPlaceToo()
    {
        var claims = Extract("Russian forces attacked 14 settlements over the past day, including Lyptsi, Vovchansk, Kupiansk and Borova.");

        Assert.Equal(["Lyptsi", "Vovchansk", "Kupiansk", "Borova"], claims.Select(c => c.Place));
    }

    [Fact]
    public void NumberWordOpeningASentence_IsNoPlace()
    {
        var claims = new StrikeClaimExtractor().Extract(new ExtractionInput("Шість авіаційних ударів завдали по Малокатеринівці.", new DateOnly(2025, 5, 4), "uk", "news"));

        Assert.Equal(["Малокатеринівці"], claims.Select(c => c.Place));
    }
}
