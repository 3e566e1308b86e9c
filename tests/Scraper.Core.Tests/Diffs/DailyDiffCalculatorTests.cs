using Scraper.Claims;
using Scraper.Diffs;
using Scraper.Extraction;

namespace Scraper.Core.Tests.Diffs;

public sealed class DailyDiffCalculatorTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 21, 8, 0, 0, TimeSpan.Zero);
    private static readonly StrikeClaim Raqqa3 = new() { Place = "Raqqa", StrikeCount = 3 };
    private static readonly StrikeClaim Raqqa4 = Raqqa3 with { StrikeCount = 4 };
    private static readonly StrikeClaim Raqqa5 = Raqqa3 with { StrikeCount = 5 };

    [Fact]
    public void Compute_AddedThenChangedSameDay_IsOneAddedWithFinalState()
    {
        var entries = DailyDiffCalculator.Compute([Added("a", 1, Raqqa3), Changed("a", 2, Raqqa3, Raqqa4)]);

        var e = Assert.Single(entries);
        Assert.Equal(DiffChange.Added, e.Change);
        Assert.Equal(4, e.Claim.StrikeCount);
        Assert.Equal(2, e.Version);
        Assert.Null(e.Fields);
    }

    [Fact]
    public void Compute_AddedThenRemovedSameDay_DoesNotAppear()
    {
        Assert.Empty(DailyDiffCalculator.Compute([Added("a", 1, Raqqa3), Removed("a", 2, Raqqa3)]));
    }

    [Fact]
    public void Compute_ChangedTwice_ReportsNetBeforeAndAfter()
    {
        var e = Assert.Single(DailyDiffCalculator.Compute([Changed("a", 2, Raqqa3, Raqqa4), Changed("a", 3, Raqqa4, Raqqa5)]));

        Assert.Equal(DiffChange.Changed, e.Change);
        var field = Assert.Single(e.Fields!);
        Assert.Equal("strike_count", field.Key);
        Assert.Equal(3, field.Value.Before!.GetValue<int>());
        Assert.Equal(5, field.Value.After!.GetValue<int>());
    }

    [Fact]
    public void Compute_ChangedAndChangedBack_DoesNotAppear()
    {
        Assert.Empty(DailyDiffCalculator.Compute([Changed("a", 2, Raqqa3, Raqqa4), Changed("a", 3, Raqqa4, Raqqa3)]));
    }

    [Fact]
    public void Compute_ClaimRemovedSinceYesterday_ReportsTombstoneWithReason()
    {
        var e = Assert.Single(DailyDiffCalculator.Compute([Removed("a", 4, Raqqa4)]));

        Assert.Equal(DiffChange.Removed, e.Change);
        Assert.Equal("withdrawn", e.Reason);
        Assert.Equal(4, e.Claim.StrikeCount);
    }

    [Fact]
    public void Compute_SeveralClaimsInterleaved_FoldsEachOnceInClaimIdOrder()
    {
        var entries = DailyDiffCalculator.Compute([Added("b", 1, Raqqa3, 0), Added("a", 1, Raqqa3, 1), Changed("b", 2, Raqqa3, Raqqa4, 2)]);

        Assert.Equal(["a", "b"], entries.Select(e => e.ClaimId));
        Assert.Equal(4, entries[1].Claim.StrikeCount);
    }

    private static ClaimChange Added(string id, int v, StrikeClaim after, int minute = 0) =>
        new() { ClaimId = id, Version = v, Kind = ChangeKind.Added, ChangedAt = T0.AddMinutes(minute), After = after };

    private static ClaimChange Changed(string id, int v, StrikeClaim before, StrikeClaim after, int minute = 1) =>
        new() { ClaimId = id, Version = v, Kind = ChangeKind.Changed, ChangedAt = T0.AddMinutes(minute), Before = before, After = after };

    private static ClaimChange Removed(string id, int v, StrikeClaim before) =>
        new() { ClaimId = id, Version = v, Kind = ChangeKind.Removed, ChangedAt = T0.AddMinutes(5), Before = before, Reason = "withdrawn" };
}
