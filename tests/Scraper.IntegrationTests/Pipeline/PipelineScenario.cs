using Microsoft.Extensions.DependencyInjection;
using Scraper.Cli.Local;
using Scraper.IntegrationTests.Infrastructure;
using Scraper.Polling;
using Scraper.Storage;

namespace Scraper.IntegrationTests.Pipeline;

/// <summary>
/// A replay server over Fixtures/Pipeline (day1, day2) plus a test host whose catalogue points at it,
/// with helpers that run the real timer → queue → poll path.
/// </summary>
internal sealed class PipelineScenario : IAsyncDisposable
{
    public static readonly DateTimeOffset Day1 = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset Day2 = new(2026, 11, 21, 9, 0, 0, TimeSpan.Zero);

    private PipelineScenario(ReplayServer replay, ScraperTestHost host)
    {
        Replay = replay;
        Host = host;
    }

    public ReplayServer Replay { get; }
    public ScraperTestHost Host { get; }

    public static async Task<PipelineScenario> StartAsync(AzuriteFixture azurite, string fixture = "Pipeline", Action<IServiceCollection>? configure = null)
    {
        var root = Path.Combine(AppContext.BaseDirectory, "Pipeline", "Fixtures", fixture);
        var replay = await ReplayServer.StartAsync(root, CancellationToken.None);
        var catalog = CatalogRewriter.Rewrite(Path.Combine(root, "sources.json"), replay.BaseUrl, Path.Combine(Path.GetTempPath(), "scraper-tests", Guid.NewGuid().ToString("N")));
        var host = await ScraperTestHost.StartAsync(azurite, new Dictionary<string, string?> { ["Sources:CatalogPath"] = catalog }, Day1, configure);
        return new PipelineScenario(replay, host);
    }

    /// <summary>Timer tick, then every queued poll request handled (as the queue trigger would).</summary>
    public async Task<int> RunDueAsync()
    {
        await Host.Get<PollDispatcher>().DispatchDueAsync(CancellationToken.None);
        var queue = Host.Storage.Queue(StorageNames.PollRequestsQueue);
        var handled = 0;
        while (true)
        {
            var messages = (await queue.ReceiveMessagesAsync(maxMessages: 16)).Value;
            if (messages.Length == 0)
            {
                return handled;
            }

            foreach (var m in messages)
            {
                await Host.Get<PollRequestHandler>().HandleAsync(m.Body.ToString(), CancellationToken.None);
                await queue.DeleteMessageAsync(m.MessageId, m.PopReceipt);
                handled++;
            }
        }
    }

    /// <summary>Polls every source again now, as the queue's redelivery of an interrupted message would.</summary>
    public async Task RequeueAndRunAsync()
    {
        await Host.Get<PollDispatcher>().DispatchNowAsync(null, CancellationToken.None);
        var queue = Host.Storage.Queue(StorageNames.PollRequestsQueue);
        foreach (var m in (await queue.ReceiveMessagesAsync(maxMessages: 16)).Value)
        {
            await Host.Get<PollRequestHandler>().HandleAsync(m.Body.ToString(), CancellationToken.None);
            await queue.DeleteMessageAsync(m.MessageId, m.PopReceipt);
        }
    }

    public async Task SwitchToDay2Async()
    {
        Replay.Day = "day2";
        Host.Time.SetUtcNow(Day2);
        await Task.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Replay.DisposeAsync();
    }
}
