using System.ComponentModel.DataAnnotations;
using Scraper.Fetching;

namespace Scraper.Core.Tests.Fetching;

public sealed class FetchOptionsTests
{
    [Theory]
    [InlineData("ScraperBot/1.0 (+https://github.com/scraper-claims/scraper; strike-claims research)", true)]
    [InlineData("StrikeMonitor/2.1 (+https://example.org/about)", true)]
    [InlineData("Mozilla/5.0 (Windows NT 10.0; Win64; x64)", false)]
    [InlineData("ScraperBot/1.0", false)]
    public void UserAgent_MustCarryAContactUrl(string userAgent, bool valid)
    {
        var options = new FetchOptions { UserAgent = userAgent };

        var ok = Validator.TryValidateObject(options, new ValidationContext(options), [], validateAllProperties: true);

        Assert.Equal(valid, ok);
    }

    [Fact]
    public void RobotsToken_IsTheNameBeforeTheSlash()
    {
        Assert.Equal("ScraperBot", new FetchOptions().RobotsToken);
    }

    [Fact]
    public void PrivateNetworks_AreBlockedUnlessTurnedOff()
    {
        // Sources can be added through the admin routes, so an unset setting must not open the internal network.
        Assert.True(new FetchOptions().BlockPrivateNetworks);
    }

    [Fact]
    public void Validator_TotalShorterThanAttempt_Fails()
    {
        var result = new FetchOptionsValidator().Validate(null, new FetchOptions { TotalTimeout = TimeSpan.FromSeconds(5), AttemptTimeout = TimeSpan.FromSeconds(10) });

        Assert.True(result.Failed);
        Assert.Contains("TotalTimeout", result.FailureMessage);
    }
}
