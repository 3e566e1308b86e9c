using System.Text;
using System.Text.Json.Nodes;
using Scraper.Claims;
using Scraper.Extraction;
using Scraper.Storage;
using Scraper.Webhooks.Events;

namespace Scraper.Core.Tests.Webhooks.Events;

public sealed class WebhookPayloadsTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 25, 10, 30, 0, TimeSpan.Zero);
    private static readonly Uri Base = new("https://scraper.example.org/api/");

    private static readonly StrikeClaim Claim = new()
    {
        Claimant = "Ministry of Defence", Attacker = "Russia", Country = "UA", Place = "Kharkiv", TargetGroup = "energy",
        EventDate = "2026-11-24", Killed = 2, Evidence = new string('x', 50_000),
    };

    private static ClaimChange Change(ChangeKind kind, StrikeClaim? before, StrikeClaim? after) => new()
    {
        ClaimId = "c0123456789abcdef01234567", Version = 3, Kind = kind, ChangedAt = At, Before = before, After = after,
        SourceIds = ["mod-ua"], Reason = kind == ChangeKind.Removed ? "retracted" : null,
    };

    [Fact]
    public void ForClaimChange_Added_IsThinClaimCreated_WithStableIdAndLinks()
    {
        var e = WebhookPayloads.ForClaimChange(Change(ChangeKind.Added, null, Claim), Base)!;
        var body = e.ToBody();
        var json = JsonNode.Parse(body)!;

        Assert.Equal("c0123456789abcdef01234567-v000003", e.Id);
        Assert.Equal("claim.created", json["type"]!.GetValue<string>());
        Assert.Equal("2026-11-25T10:30:00.000Z", json["timestamp"]!.GetValue<string>());
        Assert.Equal("added", json["data"]!["change"]!.GetValue<string>());
        Assert.Equal("https://scraper.example.org/api/claims/c0123456789abcdef01234567", json["data"]!["links"]!["claim"]!.GetValue<string>());
        Assert.Equal("https://scraper.example.org/api/diffs/2026-11-25", json["data"]!["links"]!["diff"]!.GetValue<string>());
        Assert.DoesNotContain("xxxxx", body, StringComparison.Ordinal);
        Assert.True(Encoding.UTF8.GetByteCount(body) < 20 * 1024);
    }

    [Fact]
    public void ForClaimChange_Changed_ListsChangedFieldNames()
    {
        var e = WebhookPayloads.ForClaimChange(Change(ChangeKind.Changed, Claim, Claim with { Killed = 3, Place = "Kharkiv city" }), null)!;

        Assert.Equal("claim.updated", e.Type);
        Assert.Equal(["killed", "place"], e.Data["changed_fields"]!.AsArray().Select(x => x!.GetValue<string>()));
        Assert.Equal("/api/claims/c0123456789abcdef01234567", e.Data["links"]!["claim"]!.GetValue<string>());
    }

    [Fact]
    public void ForClaimChange_ChangedWithNoVisibleDifference_SendsNothing() =>
        Assert.Null(WebhookPayloads.ForClaimChange(Change(ChangeKind.Changed, Claim, Claim), null));

    [Fact]
    public void ForClaimChange_Removed_CarriesReasonAndLastState()
    {
        var e = WebhookPayloads.ForClaimChange(Change(ChangeKind.Removed, Claim, null), null)!;

        Assert.Equal("claim.removed", e.Type);
        Assert.Equal("retracted", e.Data["reason"]!.GetValue<string>());
        Assert.Equal("UA", e.Data["claim"]!["country"]!.GetValue<string>());
    }

    [Fact]
    public void ForDiffPublished_IdChangesWhenTheEntryChanges_AndLinksDownloads()
    {
        var downloads = new Dictionary<string, Uri> { ["json"] = new("https://blob.example/diffs/2026/11/24.json.gz") };
        var a = WebhookPayloads.ForDiffPublished(new DateOnly(2026, 11, 24), new { entries = 3 }, downloads, At, Base);
        var b = WebhookPayloads.ForDiffPublished(new DateOnly(2026, 11, 24), new { entries = 4 }, downloads, At, Base);

        Assert.StartsWith("diff-20261124-", a.Id, StringComparison.Ordinal);
        Assert.NotEqual(a.Id, b.Id);
        Assert.Equal("https://blob.example/diffs/2026/11/24.json.gz", a.Data["links"]!["download_json"]!.GetValue<string>());
        Assert.Equal(3, a.Data["manifest_entry"]!["entries"]!.GetValue<int>());
    }

    [Fact]
    public void ForDiffPublished_SameFilesPublishedAgainLater_SameEventId()
    {
        var downloads = new Dictionary<string, Uri> { ["json"] = new("https://blob.example/diffs/2026/11/24.json.gz") };
        var first = WebhookPayloads.ForDiffPublished(new DateOnly(2026, 11, 24), new { entries = 3, published_at = At }, downloads, At, Base);
        var again = WebhookPayloads.ForDiffPublished(new DateOnly(2026, 11, 24), new { entries = 3, published_at = At.AddMinutes(5) }, downloads, At.AddMinutes(5), Base);

        Assert.Equal(first.Id, again.Id);
    }

    [Fact]
    public void ForSourceHealth_IdHasNoDots()
    {
        var e = WebhookPayloads.ForSourceHealth(new SourceHealth("mil.gov.ua", 3, At, null, null, "timeout"), true, "MoD", At, null);

        Assert.Equal("source.failing", e.Type);
        Assert.DoesNotContain('.', e.Id);
    }
}
