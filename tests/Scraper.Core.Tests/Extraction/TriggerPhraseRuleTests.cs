using Scraper.Extraction;

namespace Scraper.Core.Tests.Extraction;

/// <summary>Wordings of a strike the trigger and place-marker lists must cover.</summary>
public sealed class TriggerPhraseRuleTests
{
    private static readonly StrikeClaimExtractor Extractor = new();

    private static IReadOnlyList<StrikeClaim> Extract(string text, string lang, DateOnly published) =>
        Extractor.Extract(new ExtractionInput(text, published, lang, "news"));

    [Fact]
    public void DroneFiredOnAGroup_IsAStrike()
    {
        var claim = Assert.Single(Extract("Overnight, four people were killed when a drone fired on a group of residents outside a bakery in the Bureij refugee camp in central Gaza, the hospital said.", "en", new DateOnly(2024, 8, 14)));

        Assert.Equal("Al Burayj", claim.PlaceNormalized);
        Assert.Equal(4, claim.Killed);
    }

    [Fact]
    public void ShelledEasternPartsOfANeighbourhood_IsThatNeighbourhood()
    {
        var claim = Assert.Single(Extract("Israeli artillery also shelled eastern parts of the Zeitoun neighbourhood on Wednesday afternoon, the civil defence said.", "en", new DateOnly(2024, 8, 14)));

        Assert.Equal(("Zeitoun", "2024-08-14"), (claim.PlaceNormalized, claim.EventDate));
    }

    [Fact]
    public void DroppedExplosiveInAnyCase_IsAStrike()
    {
        var claim = Assert.Single(Extract("В Шебекино от сброса взрывного устройства с беспилотника повреждены кровля и остекление частного дома.", "ru", new DateOnly(2024, 5, 20)));

        Assert.Equal("Shebekino", claim.PlaceNormalized);
    }

    [Fact]
    public void NamedSchool_IsABuilding_NotATownOfThatName()
    {
        var claims = Extract("Civil Defence spokesman Mahmoud Basal said an Israeli warplane struck the Al-Amal school, which houses hundreds of displaced people, in the Sheikh Radwan neighbourhood in the north of Gaza City shortly before noon.", "en", new DateOnly(2024, 8, 14));

        Assert.DoesNotContain(claims, c => c.Place == "Al-Amal");
        Assert.Contains(claims, c => c.PlaceNormalized == "Gaza City");
    }
}
