using Scraper.Extraction;
using Scraper.Webhooks.Subscriptions;

namespace Scraper.Core.Tests.Webhooks.Subscriptions;

public sealed class SubscriptionFiltersTests
{
    private static readonly StrikeClaim Claim = new() { Country = "UA", Attacker = "Russia", Claimant = "Ministry of Defence of Ukraine", TargetGroup = "energy" };
    private static readonly Func<string, string?> Kinds = id => id == "mod-ua" ? "Ministry" : "News";

    [Fact]
    public void None_MatchesEverything() =>
        Assert.True(SubscriptionFilters.None.MatchesClaim(Claim, ["mod-ua"], Kinds));

    [Theory]
    [InlineData("ua", null, null, true)]
    [InlineData("SY", null, null, false)]
    [InlineData(null, "mod-ua", null, true)]
    [InlineData(null, "tass", null, false)]
    [InlineData(null, null, "ministry", true)]
    [InlineData(null, null, "monitor", false)]
    [InlineData("UA", "mod-ua", "ministry", true)]
    public void MatchesClaim_AllGivenFiltersMustAccept(string? country, string? source, string? kind, bool expected)
    {
        var f = new SubscriptionFilters
        {
            Country = country is null ? [] : [country],
            Source = source is null ? [] : [source],
            Kind = kind is null ? [] : [kind],
        };

        Assert.Equal(expected, f.MatchesClaim(Claim, ["mod-ua"], Kinds));
    }

    [Fact]
    public void MatchesClaim_AnyOfSeveralValues_Accepts()
    {
        var f = new SubscriptionFilters { Attacker = ["Israel", "russia"], TargetGroup = ["energy", "military"] };

        Assert.True(f.MatchesClaim(Claim, [], Kinds));
        Assert.False(f.MatchesClaim(Claim with { Attacker = null }, [], Kinds));
    }

    [Fact]
    public void Wants_EmptyEventTypesMeansAll_PingAlways()
    {
        var s = new Subscription { Id = "s", Url = "https://x", Secret = "whsec_x", CreatedAt = default, EventTypes = ["diff.published"] };

        Assert.True(s.Wants("diff.published"));
        Assert.False(s.Wants("claim.created"));
        Assert.True(s.Wants("webhook.ping"));
        Assert.True((s with { EventTypes = [] }).Wants("claim.removed"));
    }

    [Fact]
    public void SigningSecrets_IncludePreviousOnlyDuringOverlap()
    {
        var now = DateTimeOffset.FromUnixTimeSeconds(1_000_000);
        var s = new Subscription
        {
            Id = "s", Url = "https://x", Secret = "new", PreviousSecret = "old", PreviousSecretExpiresAt = now.AddHours(24), CreatedAt = now,
        };

        Assert.Equal(["new", "old"], s.SigningSecrets(now));
        Assert.Equal(["new"], s.SigningSecrets(now.AddHours(24)));
    }
}
