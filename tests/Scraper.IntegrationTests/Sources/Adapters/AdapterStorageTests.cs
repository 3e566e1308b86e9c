using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Scraper.Fetching;
using Scraper.IntegrationTests.Infrastructure;
using Scraper.Sources;
using Scraper.Sources.Adapters;
using Scraper.Storage;

namespace Scraper.IntegrationTests.Sources.Adapters;

/// <summary>Adapters over the recorded samples with real storage: snapshots, cursors and pagination.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class AdapterStorageTests(AzuriteFixture azurite)
{
    private static SourceDefinition Source(string adapter, string url, string options = "{}")
    {
        using var doc = JsonDocument.Parse(options);
        return new SourceDefinition
        {
            Id = "it-" + adapter,
            Name = adapter,
            Adapter = adapter,
            Urls = [new Uri(url)],
            Languages = ["en"],
            Options = doc.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone()),
        };
    }

    private async Task<(ScraperTestHost Host, SamplePageFetcher Fetcher)> StartAsync(DateTimeOffset? now = null)
    {
        var fetcher = new SamplePageFetcher();
        var host = await ScraperTestHost.StartAsync(azurite, start: now, configure: s => s.Replace(ServiceDescriptor.Singleton<IPageFetcher>(fetcher)));
        return (host, fetcher);
    }

    private static ISourceAdapter Adapter(ScraperTestHost host, string name) => host.Get<SourceAdapterRegistry>().Find(name)!;

    [Fact]
    public async Task Telegram_SecondRun_PagesBackToTheLastSeenMessageAndSeesTheEdit()
    {
        var (host, fetcher) = await StartAsync();
        await using var _ = host;
        var source = Source("telegram", "http://replay.local/t.me/s/mod_demo_ru", """{"max_pages":3}""");

        var day1 = await Adapter(host, "telegram").ReadAsync(source, CancellationToken.None);
        Assert.True(day1.IsSuccess, day1.Error);
        Assert.Equal(["mod_demo_ru/5101", "mod_demo_ru/5102", "mod_demo_ru/5103"], day1.Documents.Select(d => d.ItemId));
        // The adapter proposes the cursor; only the poller stores it, after the documents (crash-safe).
        var cursor = Assert.Single(day1.Cursors);
        Assert.Equal(new AdapterCursor("telegram-last-id", "5103"), cursor);
        Assert.Null(await host.Get<IAdapterCursorStore>().GetAsync(source.Id, "telegram-last-id", CancellationToken.None));
        await host.Get<IAdapterCursorStore>().SetAsync(source.Id, cursor.Key, cursor.Value, CancellationToken.None);

        fetcher.Day = "day2";
        var day2 = await Adapter(host, "telegram").ReadAsync(source, CancellationToken.None);
        Assert.True(day2.IsSuccess, day2.Error);
        Assert.Contains(fetcher.Requested, u => u.Query == "?before=5105");
        var edited = Assert.Single(day2.Documents, d => d.ItemId == "mod_demo_ru/5102");
        Assert.DoesNotContain("Липцы", edited.Text, StringComparison.Ordinal);
        Assert.Equal(6, day2.Documents.Count);

        // Every document points at a stored raw snapshot.
        foreach (var hash in day2.Documents.Select(d => d.SnapshotHash!).Distinct())
        {
            Assert.NotNull(await host.Get<ISnapshotStore>().GetAsync(hash, CancellationToken.None));
        }
    }

    [Fact]
    public async Task Html_ListingWithNextPage_ReadsArticlesBySelector()
    {
        var (host, _) = await StartAsync();
        await using var __ = host;
        var source = Source("html", "http://replay.local/mod.example/news.html",
            """{"item_selector":"li.gem-c-document-list__item","link_selector":"a.gem-c-document-list__item-title","next_selector":"a[rel='next']","max_pages":2,"article_selector":"div.govspeak"}""");
        var result = await Adapter(host, "html").ReadAsync(source, CancellationToken.None);
        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(3, result.Documents.Count);
        Assert.Contains(result.Documents, d => d.Text.Contains("conducted 2 strikes near Hit", StringComparison.Ordinal));
        Assert.All(result.Documents, d => Assert.DoesNotContain("cookies", d.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sitemap_OnlyArticlesInsideTheWindowAreRead()
    {
        var (host, _) = await StartAsync(new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.Zero));
        await using var __ = host;
        var result = await Adapter(host, "sitemap").ReadAsync(Source("sitemap", "http://replay.local/novyny.example/news-sitemap.xml", """{"window_hours":13}"""), CancellationToken.None);
        Assert.True(result.IsSuccess, result.Error);
        var doc = Assert.Single(result.Documents);
        Assert.Equal("uk", doc.Language);
        Assert.Contains("Харкову", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gdelt_LastUpdate_YieldsRootCode19Events()
    {
        var (host, _) = await StartAsync();
        await using var __ = host;
        var result = await Adapter(host, "gdelt").ReadAsync(Source("gdelt", "http://replay.local/gdelt/gdeltv2/lastupdate.txt"), CancellationToken.None);
        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(["gdelt-1270000101", "gdelt-1270000102"], result.Documents.Select(d => d.ItemId));
    }
}
