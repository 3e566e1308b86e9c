using Scraper.Claims;
using Scraper.Extraction;

namespace Scraper.Core.Tests.Claims;

public sealed class ClaimMergerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Apply_SecondDocumentSupportsClaim_KeepsEarliestPublishedAsPrimary()
    {
        var early = Support("doc-b", new StrikeClaim { Place = "Raqqa", StrikeCount = 3 }, Now.AddHours(-5));
        var late = Support("doc-a", new StrikeClaim { Place = "Raqqa", StrikeCount = 9 }, Now.AddHours(-1));

        var first = ClaimMerger.Apply(null, "c1", "doc-a", late, Now, "r")!.Value;
        var second = ClaimMerger.Apply(first.State, "c1", "doc-b", early, Now, "r")!.Value;

        Assert.Equal(3, second.State.Fields.StrikeCount);
        Assert.Equal(ChangeKind.Changed, second.Change.Kind);
        Assert.Equal(2, second.State.Supporters.Count);
    }

    [Fact]
    public void Apply_SameSupportAgain_IsNoChange()
    {
        var s = Support("doc-a", new StrikeClaim { Place = "Raqqa" }, Now);
        var first = ClaimMerger.Apply(null, "c1", "doc-a", s, Now, "r")!.Value;

        Assert.Null(ClaimMerger.Apply(first.State, "c1", "doc-a", s, Now.AddHours(1), "r"));
    }

    [Fact]
    public void Apply_LastSupporterWithdrawn_RemovesWithReason()
    {
        var first = ClaimMerger.Apply(null, "c1", "doc-a", Support("doc-a", new StrikeClaim { Place = "Raqqa" }, Now), Now, "r")!.Value;

        var removed = ClaimMerger.Apply(first.State, "c1", "doc-a", null, Now, "item deleted")!.Value;

        Assert.True(removed.State.Removed);
        Assert.Equal(ChangeKind.Removed, removed.Change.Kind);
        Assert.Equal("item deleted", removed.Change.Reason);
        Assert.Equal(2, removed.Change.Version);
    }

    private static ClaimSupport Support(string doc, StrikeClaim fields, DateTimeOffset published) =>
        new() { SourceId = "s", DocumentKey = doc, Published = published, Fields = fields };
}
