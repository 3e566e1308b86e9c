using System.Net;
using System.Text;
using Scraper.Fetching;
using Scraper.Parsing;

namespace Scraper.IntegrationTests.Fetching;

public sealed class HttpPageFetcherRedirectTests(FaultServerFixture fixture) : IClassFixture<FaultServerFixture>
{
    private FaultServer Server => fixture.Server;

    [Fact]
    public async Task Fetch_RedirectLoop_FailsWithReason()
    {
        using var fetcher = new TestFetcher();

        var result = await fetcher.FetchAsync(Server.Url("/loop-a"));

        Assert.False(result.IsSuccess);
        Assert.Contains("redirect loop", result.Error);
    }

    [Fact]
    public async Task Fetch_SixRedirects_StopsAfterFive()
    {
        using var fetcher = new TestFetcher();

        var result = await fetcher.FetchAsync(Server.Url("/hop/1"));

        Assert.False(result.IsSuccess);
        Assert.Contains("more than 5 redirects", result.Error);
        Assert.Equal(6, result.Requests);
    }

    [Fact]
    public async Task Fetch_RedirectToFtp_IsRefused()
    {
        using var fetcher = new TestFetcher();

        var result = await fetcher.FetchAsync(Server.Url("/to-ftp"));

        Assert.False(result.IsSuccess);
        Assert.Contains("scheme 'ftp'", result.Error);
    }

    [Fact]
    public async Task Fetch_MovedFeed_ReportsFinalUrl()
    {
        using var fetcher = new TestFetcher();

        var result = await fetcher.FetchAsync(Server.Url("/moved"));

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(Server.Url("/moved"), result.RequestedUrl);
        Assert.Equal(Server.Url("/ok"), result.FinalUrl);
        Assert.Equal(1, result.Redirects);
    }

    [Fact]
    public async Task Fetch_TelegramPreviewRedirectedToContactPage_ExposesFinalUrlForTheAdapter()
    {
        using var fetcher = new TestFetcher();

        var result = await fetcher.FetchAsync(Server.Url("/s/restrictedchannel"), isHtmlPage: true);

        // The fetch itself succeeds (a 200 contact card); the Telegram adapter must see the changed
        // path and report "preview unavailable" instead of "no posts".
        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal("/restrictedchannel", result.FinalUrl!.AbsolutePath);
        Assert.Equal(1, result.Redirects);
        Assert.Contains("tgme_page", Encoding.UTF8.GetString(result.Body));
    }

    [Fact]
    public async Task Fetch_HtmlPageDisallowedByRobots_IsNotRequested()
    {
        using var fetcher = new TestFetcher();
        var before = Server.Hits("/private/page");

        var result = await fetcher.FetchAsync(Server.Url("/private/page"), isHtmlPage: true);

        Assert.False(result.IsSuccess);
        Assert.Contains("robots.txt", result.Error);
        Assert.Equal(before, Server.Hits("/private/page"));
    }

    [Fact]
    public async Task Fetch_FeedUnderDisallowedPath_IsFetchedAsFeed()
    {
        using var fetcher = new TestFetcher();

        var result = await fetcher.FetchAsync(Server.Url("/private/page"), isHtmlPage: false);

        Assert.True(result.IsSuccess, result.Error);
    }

    [Fact]
    public async Task Fetch_TwoHtmlPages_ReadRobotsOnce()
    {
        using var fetcher = new TestFetcher();
        var before = Server.Hits("/robots.txt");

        var first = await fetcher.FetchAsync(Server.Url("/ok"), isHtmlPage: true);
        var second = await fetcher.FetchAsync(Server.Url("/etag"), isHtmlPage: true);

        Assert.True(first.IsSuccess && second.IsSuccess);
        Assert.Equal(1, Server.Hits("/robots.txt") - before);
    }

    [Fact]
    public async Task Fetch_WrongCharsetHeader_PassesHeaderAndBytesThroughUntouched()
    {
        using var fetcher = new TestFetcher();

        var result = await fetcher.FetchAsync(Server.Url("/wrong-charset"));

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal("utf-8", result.Charset);
        Assert.Equal(Encoding.GetEncoding(1251).GetBytes("<html><body><p>" + FaultServer.CyrillicText + "</p></body></html>"), result.Body);
    }

    [Fact]
    public async Task Fetch_Windows1251DeclaredOnlyInHeader_DecodesThroughHeaderCharset()
    {
        using var fetcher = new TestFetcher();

        var result = await fetcher.FetchAsync(Server.Url("/cp1251-header-only"));

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal("windows-1251", result.Charset);
        Assert.Equal(FaultServer.CyrillicText, TextDecoding.Decode(result.Body, result.Charset));
    }

    [Fact]
    public async Task Fetch_ClosedPort_FailsAsUnreachable()
    {
        using var fetcher = new TestFetcher(o => o.MaxRetries = 1);

        var result = await fetcher.FetchAsync(new Uri("http://127.0.0.1:9/feed"));

        Assert.False(result.IsSuccess);
        Assert.Contains("unreachable", result.Error);
        Assert.Null(result.Status);
        Assert.NotEqual(HttpStatusCode.OK, result.Status);
    }

    [Fact]
    public async Task Fetch_PrivateNetworksBlocked_LoopbackIsRefused()
    {
        using var fetcher = new TestFetcher(o => o.BlockPrivateNetworks = true);

        var result = await fetcher.FetchAsync(Server.Url("/ok"));

        Assert.False(result.IsSuccess);
        Assert.Contains("loopback", result.Error);
        Assert.Equal(1, result.Requests);
    }
}
