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

    [Fact]
    public void ApplyAll_StepsOfOneBatch_AppliedInOrderWithOneVersionEach()
    {
        var a = Support("doc-a", new StrikeClaim { Place = "Raqqa", StrikeCount = 3 }, Now.AddHours(-1));
        var b = Support("doc-b", new StrikeClaim { Place = "Raqqa", StrikeCount = 4 }, Now.AddHours(-2));

        var (state, changes) = ClaimMerger.ApplyAll(null, "c1", [new("doc-a", a, "r"), new("doc-b", b, "r"), new("doc-a", null, "edited")], Now);

        Assert.Equal([ChangeKind.Added, ChangeKind.Changed, ChangeKind.Changed], changes.Select(c => c.Kind));
        Assert.Equal([1, 2, 3], changes.Select(c => c.Version));
        Assert.Equal(4, state!.Fields.StrikeCount);
        Assert.Equal("doc-a", state.LastChangedBy);
    }

    [Fact]
    public void ApplyAll_NothingChanges_NullState()
    {
        var a = Support("doc-a", new StrikeClaim { Place = "Raqqa" }, Now);
        var first = ClaimMerger.Apply(null, "c1", "doc-a", a, Now, "r")!.Value;

        var (state, changes) = ClaimMerger.ApplyAll(first.State, "c1", [new("doc-a", a, "r")], Now.AddHours(1));

        Assert.Null(state);
        Assert.Empty(changes);
    }

    private static ClaimSupport Support(string doc, StrikeClaim fields, DateTimeOffset published) =>
        new() { SourceId = "s", DocumentKey = doc, Published = published, Fields = fields };
}
