using Scraper.Extraction;

namespace Scraper.Core.Tests.Extraction;

/// <summary>Sentences that complete the claims of the sentence before them.</summary>
public sealed class FollowUpRuleTests
{
    private static readonly StrikeClaimExtractor Extractor = new();

    [Fact]
    public void StrikeDatedInTheNextParagraph_TakesThatDate_NotTheAnnouncementDay()
    {
        const string text = "MOGADISHU, Somalia (AP) — The U.S. military said Thursday it had carried out an airstrike against al-Shabab fighters near the town of Jilib in southern Somalia's Middle Juba region, killing five militants.\n\n"
            + "The strike took place on Tuesday and was conducted in coordination with Somalia's federal government, U.S. Africa Command said in a statement.";

        var claim = Assert.Single(Extractor.Extract(new ExtractionInput(text, new DateOnly(2025, 3, 20), "en", "news")));

        Assert.Equal(("Jilib", "2025-03-18"), (claim.PlaceNormalized, claim.EventDate));
        Assert.EndsWith("said in a statement.", claim.Evidence);
    }

    [Fact]
    public void LaterSentenceAboutAnotherDay_WithoutTheCue_LeavesTheDate()
    {
        const string text = "The U.S. military said Thursday it had carried out an airstrike near the town of Jilib in southern Somalia.\n\n"
            + "On Tuesday, the ministry said, talks on the mission's future had resumed.";

        var claim = Assert.Single(Extractor.Extract(new ExtractionInput(text, new DateOnly(2025, 3, 20), "en", "news")));

        Assert.Equal("2025-03-20", claim.EventDate);
    }
}
