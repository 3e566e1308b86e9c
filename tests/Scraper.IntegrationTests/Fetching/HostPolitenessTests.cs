using Scraper.Fetching;

namespace Scraper.IntegrationTests.Fetching;

public sealed class HostPolitenessTests
{
    [Fact]
    public async Task Fetch_BurstToOneHost_OneAtATimeWithSpacing()
    {
        await using var server = await FaultServer.StartAsync();
        using var fetcher = new TestFetcher(o => o.MinHostDelay = TimeSpan.FromMilliseconds(200));

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => fetcher.FetchAsync(server.Url("/ok"))));

        Assert.All(results, r => Assert.True(r.IsSuccess, r.Error));
        Assert.Equal(1, server.MaxInFlight);
        var log = server.Log.Where(l => l.Path == "/ok").OrderBy(l => l.Start).ToList();
        for (var i = 1; i < log.Count; i++)
        {
            // Start to start (200 ms spacing), with slack for server-side scheduling lag on a busy machine.
            Assert.True(log[i].Start - log[i - 1].Start >= TimeSpan.FromMilliseconds(150), $"gap {log[i].Start - log[i - 1].Start}");
        }
    }

    [Fact]
    public async Task Fetch_SlowHost_DoesNotDelayAnotherHost()
    {
        await using var slow = await FaultServer.StartAsync();
        await using var fast = await FaultServer.StartAsync();
        using var fetcher = new TestFetcher(o => o.TotalTimeout = TimeSpan.FromSeconds(5));

        var stuck = fetcher.FetchAsync(slow.Url("/slow-drip"));
        var quick = await fetcher.FetchAsync(fast.Url("/ok"));

        Assert.True(quick.IsSuccess, quick.Error);
        Assert.False(stuck.IsCompleted);
        Assert.False((await stuck).IsSuccess);
    }
}
