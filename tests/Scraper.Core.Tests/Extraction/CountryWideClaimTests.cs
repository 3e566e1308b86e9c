using Scraper.Extraction;

namespace Scraper.Core.Tests.Extraction;

/// <summary>Strikes on a country as a whole ("launched 97 drones at Ukraine"): when they are claims and whose.</summary>
public sealed class CountryWideClaimTests
{
    private static readonly StrikeClaimExtractor Extractor = new();

    private static IReadOnlyList<StrikeClaim> Extract(string text, string lang = "en") =>
        Extractor.Extract(new ExtractionInput(text, new DateOnly(2025, 8, 14), lang, "news"));

    [Fact]
    public void LaunchAtACountry_IsAClaimOnTheCountry_EvenWithInterceptionsInTheSentence()
    {
        var claim = Assert.Single(Extract("Ukraine's air force said Russia had launched 112 drones and three Iskander-M ballistic missiles at Ukraine overnight, adding that 70 drones were shot down."));

        Assert.Equal(("Ukraine", "UA", 6), (claim.PlaceNormalized, claim.Country, claim.GeoPrecision));
        Assert.Equal(("Ukrainian Air Force", "Russia", "report"), (claim.Claimant, claim.Attacker, claim.Stance));
        Assert.Equal("2025-08-13", claim.EventDate);
    }

    [Fact]
    public void LaunchSitesInTheLine_AreNotPlacesStruck()
    {
        var claim = Assert.Single(Extract("Overnight, Russia launched 97 Shahed-type attack drones at Ukraine from the directions of Kursk, Oryol and Primorsko-Akhtarsk, the Air Force said."));

        Assert.Equal(("Ukraine", "Ukrainian Air Force"), (claim.PlaceNormalized, claim.Claimant));
    }

    [Fact]
    public void InterceptionOfDronesLaunchedAtACountry_IsNotAClaim()
    {
        Assert.Empty(Extract("Air defences also shot down 20 of the 24 Shahed-type drones that Russia launched against Ukraine, the Air Force said."));
    }

    [Fact]
    public void AirForceCountryLine_StaysBesideTheGovernorsPlaces()
    {
        var claims = Extract("Russia attacked Ukraine overnight with 142 drones, Ukraine's Air Force said. A drone struck an apartment block in Dnipro, killing two people, regional governor Serhiy Lysak said.");

        Assert.Equal(["Ukraine", "Dnipro"], claims.Select(c => c.PlaceNormalized));
    }

    [Fact]
    public void UmbrellaClaimantsCountryLine_IsSummedUpByItsMembersPlaces()
    {
        var claims = Extract("The United States carried out air strikes in Iraq late on Tuesday, the US military said. US Central Command said its forces conducted a precision strike on a drone storage facility near Jurf al-Sakhar.");

        var claim = Assert.Single(claims);
        Assert.Equal("CENTCOM", claim.Claimant);
    }

    [Fact]
    public void StateInTheGenitiveAfterANoun_IsWhatWasStruck_NotTheSpeaker()
    {
        var claim = Assert.Single(Extract("Вооруженные силы России в ночь на 13 августа нанесли групповой удар высокоточным оружием по объектам военно-промышленного комплекса Украины, сообщили в Минобороны РФ.", "ru"));

        Assert.Equal(("Ukraine", "Russian Ministry of Defence", "claim"), (claim.PlaceNormalized, claim.Claimant, claim.Stance));
    }

    [Fact]
    public void HabitualTargetingOfACountry_IsNotAClaim()
    {
        Assert.Empty(Extract("Russia has repeatedly targeted Ukraine's energy system since the first winter of the full-scale invasion."));
    }
}
