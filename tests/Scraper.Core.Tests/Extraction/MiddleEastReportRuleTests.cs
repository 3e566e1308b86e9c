using Scraper.Extraction;

namespace Scraper.Core.Tests.Extraction;

/// <summary>English reports relaying the IDF, the Houthis and the Syrian Observatory (wire and monitor styles).</summary>
public sealed class MiddleEastReportRuleTests
{
    private static readonly StrikeClaimExtractor Extractor = new();

    private static IReadOnlyList<StrikeClaim> Extract(string text, DateOnly? published = null, string kind = "news") =>
        Extractor.Extract(new ExtractionInput(text, published ?? new DateOnly(2026, 1, 16), "en", kind));

    [Fact]
    public void BackgroundAddedAfterTheStatement_DoesNotMakeTheStrikeATally()
    {
        var claims = Extract("\"IAF fighter jets struck weapons storage sites in the area of Baalbek,\" the military said in a statement, adding that the group had been using the sites to rebuild capabilities damaged during last year's war.");

        Assert.Equal(("Baalbek", "IDF"), (Assert.Single(claims).PlaceNormalized, claims[0].Claimant));
    }

    [Fact]
    public void QuotedBorderCrossingNamedAfterAPlace_IsThatPlace()
    {
        var claim = Assert.Single(Extract("The army said its jets also hit \"the Jousieh border crossing,\" which it said Hezbollah was using to smuggle weapons."));

        Assert.Equal("Jousieh", claim.PlaceNormalized);
    }

    [Fact]
    public void ShortWhileAgoInsideADatedStatement_IsTheStatementsDay()
    {
        var claim = Assert.Single(Extract("\"A short while ago, IDF fighter jets struck terrorist infrastructure at the Hodeidah port,\" the military said in a statement on Thursday evening."));

        Assert.Equal("2026-01-15", claim.EventDate);
    }

    [Fact]
    public void SitesNamedAfterPlaces_AreListedEachAsAPlace()
    {
        var claims = Extract("IDF fighter jets struck infrastructure at the Hodeidah port and the Ras Kanatib power station on Thursday.");

        Assert.Equal(["Hodeidah", "Ras Kanatib"], claims.Select(c => c.PlaceNormalized));
    }

    [Fact]
    public void CityLocatingASite_IsNoSecondPlace()
    {
        var claim = Assert.Single(Extract("Strikes also hit the Hezyaz power station south of Sanaa late on Thursday, knocking out electricity."));

        Assert.Equal("Hezyaz", claim.PlaceNormalized);
    }

    [Fact]
    public void DronesLaunchedAtAPortNamedTwice_AreOneClaimOfTheGroup()
    {
        var claim = Assert.Single(Extract("Houthi military spokesman Yahya Saree said the group launched two drones at the port of Umm al-Rashrash, the Houthis' name for the southern Israeli city of Eilat, on Thursday."));

        Assert.Equal(("Eilat", "Houthis", "claim"), (claim.PlaceNormalized, claim.Attacker, claim.Stance));
    }

    [Fact]
    public void DenialForTheCity_DoesNotSwallowTheClaimForTheProvince()
    {
        var claims = Extract("""
            Russia's defence ministry denied that its aircraft had struck civilian sites in Idlib city on Monday. In a statement, it said Russian jets had hit "command posts and ammunition depots" in Idlib and Hama provinces over the past 24 hours.
            """, new DateOnly(2024, 12, 2));

        Assert.Contains(claims, c => c.Stance == "denial" && c.PlaceNormalized == "Idlib");
        Assert.Contains(claims, c => c.Stance == "claim" && c.PlaceNormalized == "Idlib Governorate");
    }

    [Fact]
    public void MonitorNamedAgainWithAnAside_IsStillTheClaimant()
    {
        var claims = Extract("""
            The Syrian Observatory for Human Rights said Russian air strikes on a residential neighbourhood of Idlib city on Monday morning killed eight civilians.

            The Britain-based monitor, which relies on a network of sources inside Syria, said Syrian government aircraft also carried out at least 12 strikes on the towns of Sarmin and Ariha on Monday.
            """, new DateOnly(2024, 12, 2));

        Assert.All(claims, c => Assert.Equal(("Syrian Observatory for Human Rights", "report"), (c.Claimant, c.Stance)));
        Assert.Equal(3, claims.Count);
    }

    [Fact]
    public void ArmysGeneralCommand_SpeaksForTheGovernment()
    {
        var claim = Assert.Single(Extract("The Syrian army's general command said its artillery and aircraft had targeted \"terrorist\" gatherings in the northern Hama countryside on Sunday.", new DateOnly(2024, 12, 2)));

        Assert.Equal(("Syrian government", "claim"), (claim.Claimant, claim.Stance));
    }

    [Theory]
    [InlineData("No party has claimed responsibility for the attack so far, while Iranian-backed militias evacuated some of their headquarters in Al-Bukamal and Al-Mayadin.")]
    [InlineData("According to SOHR statistics, since early 2024, unidentified drones have carried out 23 attacks on positions of Iranian-backed militias in Deir Ezzor.")]
    public void AftermathAndYearLongTallies_AreNoClaims(string text)
    {
        Assert.Empty(Extract(text, new DateOnly(2024, 8, 10), "monitor"));
    }

    [Fact]
    public void TheRebelsAfterTheHouthisAreNamed_AreTheHouthisAndTheGrievanceIsNoPlace()
    {
        var claim = Assert.Single(Extract("Huthi military spokesman Yahya Saree said in a televised address that the rebels had fired a hypersonic ballistic missile at the Nevatim air base in Israel's Negev desert on Wednesday, in what he called a response to \"crimes\" in Yemen and Gaza.", new DateOnly(2025, 4, 10)));

        Assert.Equal(("Nevatim", "Houthis", "claim"), (claim.PlaceNormalized, claim.Attacker, claim.Stance));
    }

    [Fact]
    public void TheGroupAsSubject_IsTheArmedGroupNamedBefore()
    {
        var claims = Extract("""
            In Iraq, a U.S. MQ-9 Reaper drone struck a vehicle carrying Kataib Hezbollah fighters near Jurf al-Sakhar on Tuesday, a U.S. defense official said.

            Hours earlier, the group fired a close-range ballistic missile at Ain al-Asad air base in western Iraq, the official said.
            """, new DateOnly(2023, 11, 13));

        Assert.Equal("Kataib Hezbollah", claims.Single(c => c.PlaceNormalized == "Jurf al-Sakhar").TargetGroup);
        Assert.Equal(("Kataib Hezbollah", "US military"), (claims.Single(c => c.PlaceNormalized == "Ain al-Asad").Attacker, claims.Single(c => c.PlaceNormalized == "Ain al-Asad").Claimant));
    }

    [Fact]
    public void ThreatToKeepFiring_IsNoClaim()
    {
        Assert.Empty(Extract("A senior member of the group's political bureau said it would keep firing missiles at Israel in support of Gaza.", new DateOnly(2025, 5, 7)));
    }

    [Fact]
    public void SitesListedUnderIncluding_AreEachAClaim_EvenAfterALineWithItsOwnStrikeWord()
    {
        var claims = Extract("""
            Over the past day, IAF aircraft struck more than 30 terror targets throughout the Gaza Strip, including:
            • A launch post in the area of Khan Yunis from which rockets were fired toward Israeli territory;
            • A Palestinian Islamic Jihad terrorist cell in the area of Deir al-Balah that was preparing to fire anti-tank missiles.
            """, new DateOnly(2024, 10, 22), "ministry");

        Assert.Equal(["Khan Younis", "Deir al-Balah"], claims.Where(c => c.GeoPrecision < 4).Select(c => c.PlaceNormalized));
    }
}
