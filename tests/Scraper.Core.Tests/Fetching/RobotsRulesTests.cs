using Scraper.Fetching;

namespace Scraper.Core.Tests.Fetching;

public sealed class RobotsRulesTests
{
    private const string Robots = """
        # comment
        User-agent: *
        Disallow: /private/
        Allow: /private/press/
        Disallow: /*.pdf$

        User-agent: ScraperBot
        User-agent: OtherBot
        Disallow: /search
        Allow: /search/feeds
        """;

    [Theory]
    [InlineData("*", "/news/1", true)]
    [InlineData("*", "/private/x", false)]
    [InlineData("*", "/private/press/1", true)]
    [InlineData("*", "/files/a.pdf", false)]
    [InlineData("*", "/files/a.pdf?x=1", true)]
    [InlineData("scraperbot", "/private/x", true)]
    [InlineData("ScraperBot", "/search?q=1", false)]
    [InlineData("ScraperBot", "/search/feeds/x", true)]
    public void IsAllowed_FollowsMostSpecificGroupAndLongestMatch(string token, string path, bool allowed)
    {
        var rules = RobotsRules.Parse(Robots, token == "*" ? "SomeBot" : token);

        Assert.Equal(allowed, rules.IsAllowed(new Uri("https://example.org" + path)));
    }

    [Fact]
    public void Parse_EmptyDisallow_AllowsEverything()
    {
        var rules = RobotsRules.Parse("User-agent: *\nDisallow:\n", "ScraperBot");

        Assert.True(rules.IsAllowed(new Uri("https://example.org/anything")));
    }

    [Fact]
    public void DisallowAll_BlocksRoot()
    {
        Assert.False(RobotsRules.DisallowAll.IsAllowed(new Uri("https://example.org/")));
    }
}
