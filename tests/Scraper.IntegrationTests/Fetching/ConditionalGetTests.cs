using System.Net;
using Scraper.Fetching;
using Scraper.IntegrationTests.Infrastructure;

namespace Scraper.IntegrationTests.Fetching;

/// <summary>The production wiring (AddScraper) with validators in the real SourceState table.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class ConditionalGetTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task SecondPoll_AfterCommit_Costs304AndNoBody()
    {
        await using var server = await FaultServer.StartAsync();
        await using var host = await ScraperTestHost.StartAsync(azurite);
        var fetcher = host.Get<IPageFetcher>();
        var request = new FetchRequest(server.Url("/etag"), "test-source");

        var first = await fetcher.FetchAsync(request, CancellationToken.None);
        var beforeCommit = await fetcher.FetchAsync(request, CancellationToken.None);
        await fetcher.CommitValidatorsAsync("test-source", first, CancellationToken.None);
        var second = await fetcher.FetchAsync(request, CancellationToken.None);

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(HttpStatusCode.OK, beforeCommit.Status);
        Assert.True(second.NotModified, second.Error);
        Assert.Empty(second.Body);
        Assert.Equal("\"v1\"", server.LastIfNoneMatch);
    }

    [Fact]
    public async Task OtherSourceSameUrl_HasItsOwnValidators()
    {
        await using var server = await FaultServer.StartAsync();
        await using var host = await ScraperTestHost.StartAsync(azurite);
        var fetcher = host.Get<IPageFetcher>();
        var first = await fetcher.FetchAsync(new FetchRequest(server.Url("/etag"), "source-a"), CancellationToken.None);
        await fetcher.CommitValidatorsAsync("source-a", first, CancellationToken.None);

        var other = await fetcher.FetchAsync(new FetchRequest(server.Url("/etag"), "source-b"), CancellationToken.None);

        Assert.False(other.NotModified);
        Assert.NotEmpty(other.Body);
    }
}
