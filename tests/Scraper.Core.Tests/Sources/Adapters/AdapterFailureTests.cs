using System.Net;
using Scraper.Core.Tests.Parsing;
using Scraper.Fetching;
using Scraper.Sources.Adapters;
using Scraper.Storage;

namespace Scraper.Core.Tests.Sources.Adapters;

/// <summary>Broken pages are failed runs, never "zero items" (which would read as every item removed).</summary>
public class AdapterFailureTests
{
    private static TelegramSourceAdapter Telegram(ScriptedFetcher fetcher)
    {
        var storage = AdapterTestKit.UnreachableStorage();
        return new TelegramSourceAdapter(fetcher, new BlobSnapshotStore(storage), new TableAdapterCursorStore(storage));
    }

    [Fact]
    public async Task Telegram_RedirectToContactPage_FailsAsPreviewUnavailable()
    {
        var fetcher = new ScriptedFetcher(r => AdapterTestKit.Ok(r, Fixtures.Text("Telegram", "preview-unavailable"), new Uri("https://t.me/ministry_demo")));
        var result = await Telegram(fetcher).ReadAsync(AdapterTestKit.Source("telegram", "https://t.me/s/ministry_demo"), CancellationToken.None);
        Assert.False(result.IsSuccess);
        Assert.Contains("preview unavailable", result.Error, StringComparison.Ordinal);
        Assert.Single(result.Fetches);
    }

    [Theory]
    [InlineData("preview-unavailable")]
    [InlineData("channel-without-messages")]
    [InlineData("rate-limited")]
    public async Task Telegram_PageWithoutMessages_FailsNotEmpty(string quirk)
    {
        var fetcher = new ScriptedFetcher(r => AdapterTestKit.Ok(r, Fixtures.Text("Telegram", quirk)));
        var result = await Telegram(fetcher).ReadAsync(AdapterTestKit.Source("telegram", "https://t.me/s/ministry_demo"), CancellationToken.None);
        Assert.False(result.IsSuccess);
        Assert.Empty(result.Documents);
    }

    [Theory]
    [InlineData("https://t.me/ministry_demo")]
    [InlineData("https://t.me/s/bad-name!")]
    public async Task Telegram_NotAPreviewUrl_FailsWithoutFetching(string url)
    {
        var fetcher = new ScriptedFetcher(r => AdapterTestKit.Ok(r, ""));
        var result = await Telegram(fetcher).ReadAsync(AdapterTestKit.Source("telegram", url), CancellationToken.None);
        Assert.False(result.IsSuccess);
        Assert.Empty(fetcher.Requests);
    }

    [Fact]
    public async Task Html_ItemSelectorMatchingNothing_Fails()
    {
        var fetcher = new ScriptedFetcher(r => AdapterTestKit.Ok(r, Fixtures.Text("Html", "listing-selector-missing")));
        var adapter = new HtmlSourceAdapter(fetcher, new BlobSnapshotStore(AdapterTestKit.UnreachableStorage()));
        var result = await adapter.ReadAsync(AdapterTestKit.Source("html", "https://mod.example/news", """{"item_selector":"li.news-item"}"""), CancellationToken.None);
        Assert.False(result.IsSuccess);
        Assert.Contains("matched nothing", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Html_CaptchaPage_Fails()
    {
        var fetcher = new ScriptedFetcher(r => AdapterTestKit.Ok(r, "<html><head><title>Just a moment...</title></head><body><div class=\"cf-challenge\"></div></body></html>"));
        var adapter = new HtmlSourceAdapter(fetcher, new BlobSnapshotStore(AdapterTestKit.UnreachableStorage()));
        var result = await adapter.ReadAsync(AdapterTestKit.Source("html", "https://mod.example/news", """{"item_selector":"li"}"""), CancellationToken.None);
        Assert.Contains("CAPTCHA", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rss_HttpError_FailsWithTheStatus()
    {
        var fetcher = new ScriptedFetcher(r => FetchResult.Failed(r.Url, "HTTP 503", HttpStatusCode.ServiceUnavailable));
        var adapter = new RssSourceAdapter(fetcher, new BlobSnapshotStore(AdapterTestKit.UnreachableStorage()));
        var result = await adapter.ReadAsync(AdapterTestKit.Source("rss", "https://feed.example/rss"), CancellationToken.None);
        Assert.False(result.IsSuccess);
        Assert.Equal(503, result.HttpStatus);
    }
}
