using Scraper.IntegrationTests.Infrastructure;
using Scraper.IntegrationTests.Pipeline;
using Scraper.Storage;

namespace Scraper.IntegrationTests.Polling;

[Collection(AzuriteCollection.Name)]
public sealed class RunRetentionTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Poll_DeletesRunRecordsOlderThanRetention_KeepsRecentOnes()
    {
        await using var scenario = await PipelineScenario.StartAsync(azurite);
        var runs = scenario.Host.Get<RunStore>();
        var now = scenario.Host.Time.GetUtcNow();
        // 120 old records: more than one delete transaction (100 rows each).
        for (var i = 0; i < 120; i++)
        {
            await runs.SaveAsync(new RunRecord { SourceId = "test-command", RunId = $"old{i}", Started = now.AddDays(-91).AddMinutes(-i), HttpStatus = 200 }, CancellationToken.None);
        }

        await runs.SaveAsync(new RunRecord { SourceId = "test-command", RunId = "recent", Started = now.AddDays(-89), HttpStatus = 200 }, CancellationToken.None);
        await runs.SaveAsync(new RunRecord { SourceId = "other", RunId = "other-old", Started = now.AddDays(-200), HttpStatus = 200 }, CancellationToken.None);

        Assert.Equal(1, await scenario.RunDueAsync());

        var left = await runs.RecentAsync("test-command", 500, CancellationToken.None);
        Assert.Equal(["recent"], left.Skip(1).Select(r => r.RunId));
        Assert.Equal(now, left[0].Started);
        Assert.Single(await runs.RecentAsync("other", 10, CancellationToken.None));
    }
}
