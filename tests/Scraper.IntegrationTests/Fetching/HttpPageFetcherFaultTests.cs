using System.Diagnostics;
using System.Net;
using Scraper.Fetching;
using Scraper.Parsing;

namespace Scraper.IntegrationTests.Fetching;

public sealed class HttpPageFetcherFaultTests(FaultServerFixture fixture) : IClassFixture<FaultServerFixture>
{
    private FaultServer Server => fixture.Server;

    [Fact]
    public async Task Fetch_StoredETagStillValid_Returns304WithoutBody()
    {
        using var fetcher = new TestFetcher(validators: new KnownValidators(new HttpValidators("\"v1\"", "Tue, 24 Nov 2026 10:00:00 GMT")));

        var result = await fetcher.FetchAsync(Server.Url("/etag"));

        Assert.True(result.IsSuccess, result.Error);
        Assert.True(result.NotModified);
        Assert.Equal(HttpStatusCode.NotModified, result.Status);
        Assert.Empty(result.Body);
        Assert.Equal("\"v1\"", Server.LastIfNoneMatch);
    }

    [Fact]
    public async Task Fetch_FirstPoll_ReturnsValidatorsExactlyAsReceived()
    {
        using var fetcher = new TestFetcher();

        var result = await fetcher.FetchAsync(Server.Url("/etag"));

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal("\"v1\"", result.ETag);
        Assert.Equal("Tue, 24 Nov 2026 10:00:00 GMT", result.LastModified);
        Assert.NotEmpty(result.Body);
    }

    [Fact]
    public async Task Fetch_429WithShortRetryAfter_WaitsAndRetries()
    {
        using var fetcher = new TestFetcher();
        var clock = Stopwatch.StartNew();

        var result = await fetcher.FetchAsync(Server.Url("/retry-after"));

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(2, result.Requests);
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(0.95), $"retried after {clock.Elapsed}");
    }

    [Fact]
    public async Task Fetch_429WithLongRetryAfter_FailsFastAndPausesHost()
    {
        using var fetcher = new TestFetcher();
        var before = Server.Hits("/retry-after-long");

        var first = await fetcher.FetchAsync(Server.Url("/retry-after-long"));
        var second = await fetcher.FetchAsync(Server.Url("/ok"));

        Assert.Contains("Retry-After 600 s", first.Error);
        Assert.Equal(1, Server.Hits("/retry-after-long") - before);
        Assert.False(second.IsSuccess);
        Assert.Contains("asked us to wait", second.Error);
        Assert.NotNull(fetcher.Throttle.PausedUntil(Server.Url("/").Authority));
    }

    [Fact]
    public async Task Fetch_503Storm_RetriesTwiceThenFailsAndDoublesHostSpacing()
    {
        using var fetcher = new TestFetcher(o => o.MaxHostDelay = TimeSpan.FromSeconds(1));
        var before = Server.Hits("/storm");

        var result = await fetcher.FetchAsync(Server.Url("/storm"));

        Assert.False(result.IsSuccess);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, result.Status);
        Assert.Contains("HTTP 503", result.Error);
        Assert.Equal(3, Server.Hits("/storm") - before);
        Assert.Equal(3, result.Requests);
        // 20 ms doubled three times (40, 80, 160 ms): grows, never lowered by the errors.
        Assert.Equal(TimeSpan.FromMilliseconds(160), fetcher.Throttle.PenaltyFor(Server.Url("/").Authority));
    }

    [Fact]
    public async Task Fetch_ServerNeverAnswers_FailsWithAttemptTimeouts()
    {
        using var fetcher = new TestFetcher(o =>
        {
            o.AttemptTimeout = TimeSpan.FromMilliseconds(300);
            o.MaxRetries = 1;
        });

        var result = await fetcher.FetchAsync(Server.Url("/hang"));

        Assert.False(result.IsSuccess);
        Assert.Contains("no response within", result.Error);
        Assert.Equal(2, result.Requests);
    }

    [Fact]
    public async Task Fetch_SlowDrip_HitsTotalTimeout()
    {
        using var fetcher = new TestFetcher(o => o.TotalTimeout = TimeSpan.FromSeconds(1.5));
        var clock = Stopwatch.StartNew();

        var result = await fetcher.FetchAsync(Server.Url("/slow-drip"));

        Assert.False(result.IsSuccess);
        Assert.Contains("timed out", result.Error);
        Assert.InRange(clock.Elapsed.TotalSeconds, 1.4, 5);
    }

    [Fact]
    public async Task Fetch_EndlessBody_AbortsAtCap()
    {
        using var fetcher = new TestFetcher();

        var result = await fetcher.FetchAsync(Server.Url("/endless"));

        Assert.False(result.IsSuccess);
        Assert.Contains("body larger than 1048576 bytes", result.Error);
        Assert.Empty(result.Body);
    }

    [Fact]
    public async Task Fetch_GzipBomb_CapCountsDecompressedBytes()
    {
        using var fetcher = new TestFetcher();

        var result = await fetcher.FetchAsync(Server.Url("/gzip-bomb"));

        Assert.False(result.IsSuccess);
        Assert.Contains("body larger than", result.Error);
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("deflate")]
    [InlineData("brotli")]
    public async Task Fetch_CompressedBody_IsDecompressed(string encoding)
    {
        using var fetcher = new TestFetcher();

        var result = await fetcher.FetchAsync(Server.Url("/compressed/" + encoding));

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(FaultServer.CyrillicText, TextDecoding.Decode(result.Body, result.Charset));
    }
}
