using System.Text.Json.Nodes;
using Scraper.Webhooks;

namespace Scraper.Core.Tests.Webhooks;

public sealed class SubscriptionRequestTests
{
    [Fact]
    public void Parse_FullBody_ReadsEveryField()
    {
        var (r, _, error) = SubscriptionRequest.Parse(JsonNode.Parse("""
            {"url":"https://x.example/h","event_types":["claim.created","diff.published"],
             "filters":{"country":"UA","attacker":["Russia","Israel"],"kind":["ministry"]},"description":"newsroom"}
            """));

        Assert.Null(error);
        Assert.Equal("https://x.example/h", r!.Url);
        Assert.Equal(["claim.created", "diff.published"], r.EventTypes);
        Assert.Equal(["UA"], r.Filters!.Country);
        Assert.Equal(["Russia", "Israel"], r.Filters.Attacker);
        Assert.Null(r.Enabled);
    }

    [Theory]
    [InlineData("""{"event_types":["claim.exploded"]}""", "event_types")]
    [InlineData("""{"filters":{"colour":"red"}}""", "filters")]
    [InlineData("""{"filters":[]}""", "filters")]
    [InlineData("""{"secret":"whsec_mine"}""", "secret")]
    [InlineData("""{"url":42}""", "body")]
    [InlineData("""[1]""", "body")]
    public void Parse_Mistake_NamesTheParameter(string json, string parameter)
    {
        var (r, p, error) = SubscriptionRequest.Parse(JsonNode.Parse(json));

        Assert.Null(r);
        Assert.Equal(parameter, p);
        Assert.NotNull(error);
    }
}
