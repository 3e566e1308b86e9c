using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Scraper.Bench.Webhooks;
using Scraper.Claims;
using Scraper.Extraction;
using Scraper.Hosting;
using Scraper.Storage;
using Scraper.Webhooks;
using Scraper.Webhooks.Delivery;
using Scraper.Webhooks.Subscriptions;

// Fan-out of 1,000 claim changes to 5 loopback receivers through the real path: change-log append,
// fan-out (delivery records + queue messages on Azurite), queue consumer, signed POST.
// Phase "steady": changes arrive at 40/s (200 deliveries/s). Phase "burst": all 1,000 at once.
const int Changes = 1000, Receivers = 5, ConsumerLoops = 4;
var root = FindRoot();
await using var azurite = await BenchAzurite.StartAsync(root);
var receivers = new List<BenchReceiver>();
for (var i = 0; i < Receivers; i++)
{
    receivers.Add(await BenchReceiver.StartAsync());
}

var ok = true;
foreach (var (phase, perSecond) in new[] { ("steady", 40), ("burst", 0) })
{
    await using var services = Build(azurite.ConnectionString, "b" + phase);
    await services.GetRequiredService<ScraperStorage>().EnsureCreatedAsync(CancellationToken.None);
    var store = services.GetRequiredService<SubscriptionStore>();
    foreach (var r in receivers)
    {
        await store.SaveAsync(new Subscription { Id = "sub_" + Guid.NewGuid().ToString("N")[..12], Url = r.Url, Secret = WebhookSecret.Generate(), CreatedAt = default }, CancellationToken.None);
    }

    using var stop = new CancellationTokenSource();
    var consumers = Enumerable.Range(0, ConsumerLoops).Select(_ => ConsumeAsync(services, stop.Token)).ToList();
    var stored = await ProduceAsync(services, phase, perSecond);
    var all = Stopwatch.StartNew();
    while (receivers.Any(r => stored.Keys.Any(id => !r.Arrivals.ContainsKey(id))) && all.Elapsed < TimeSpan.FromMinutes(3))
    {
        await Task.Delay(50);
    }

    await stop.CancelAsync();
    await Task.WhenAll(consumers);
    var latencies = receivers.SelectMany(r => stored.Where(s => r.Arrivals.ContainsKey(s.Key)).Select(s => Stopwatch.GetElapsedTime(s.Value, r.Arrivals[s.Key]).TotalMilliseconds)).Order().ToList();
    var first = stored.Values.Min();
    var last = receivers.SelectMany(r => r.Arrivals.Where(a => stored.ContainsKey(a.Key)).Select(a => a.Value)).Max();
    var throughput = latencies.Count / Stopwatch.GetElapsedTime(first, last).TotalSeconds;
    double P(double q) => latencies[Math.Min(latencies.Count - 1, (int)(q * latencies.Count))];
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{phase}: delivered {latencies.Count}/{Changes * Receivers}; latency p50 {P(0.50):0} ms, p95 {P(0.95):0} ms, max {latencies[^1]:0} ms; throughput {throughput:0} deliveries/s"));
    // Steady checks latency at the offered 200/s (its throughput is the offered rate); burst checks capacity.
    ok &= latencies.Count == Changes * Receivers && (phase != "steady" || P(0.95) < 1000) && (phase != "burst" || throughput >= 200);
}

foreach (var r in receivers)
{
    await r.DisposeAsync();
}

Console.WriteLine(ok ? "PASS: steady p95 < 1 s at 200 deliveries/s offered; burst throughput >= 200 deliveries/s" : "FAIL");
return ok ? 0 : 1;

/// Steady: a batch of 20 changes (one poll's worth) every 500 ms (40 changes/s = 200 deliveries/s offered), without
/// waiting for earlier batches. Burst: batches of 50 (a big poll), 8 at a time, no pacing.
static async Task<ConcurrentDictionary<string, long>> ProduceAsync(IServiceProvider services, string phase, int perSecond)
{
    var changeLog = services.GetRequiredService<ChangeLogStore>();
    var publisher = services.GetRequiredService<WebhookPublisher>();
    var stored = new ConcurrentDictionary<string, long>(StringComparer.Ordinal);
    var batch = perSecond > 0 ? 20 : 50;
    using var gate = new SemaphoreSlim(perSecond > 0 ? 64 : 8);
    var clock = Stopwatch.StartNew();
    var tasks = new List<Task>();
    for (var i = 0; i < Changes; i += batch)
    {
        var changes = Enumerable.Range(i, batch).Select(n => new ClaimChange
        {
            ClaimId = $"c{phase}{n:D5}", Version = 1, Kind = ChangeKind.Added, ChangedAt = TimeProvider.System.GetUtcNow(),
            After = new StrikeClaim { Claimant = "Ministry of Defence", Attacker = "Russia", Country = "UA", Place = "Kharkiv", EventDate = "2026-11-24", Killed = n % 7 },
            SourceIds = ["mod-bench"],
        }).ToList();
        if (perSecond > 0 && TimeSpan.FromSeconds(i / (double)perSecond) - clock.Elapsed is { Ticks: > 0 } wait)
        {
            await Task.Delay(wait);
        }

        await gate.WaitAsync();
        tasks.Add(Task.Run(async () =>
        {
            try
            {
                await Task.WhenAll(changes.Select(c => changeLog.AppendAsync(c, CancellationToken.None)));
                var at = Stopwatch.GetTimestamp();
                changes.ForEach(c => stored[c.ChangeId] = at);
                await publisher.OnChangesAsync(changes, CancellationToken.None);
            }
            finally
            {
                gate.Release();
            }
        }));
    }

    await Task.WhenAll(tasks);
    return stored;
}

static async Task ConsumeAsync(IServiceProvider services, CancellationToken stop)
{
    var queue = services.GetRequiredService<ScraperStorage>().Queue(StorageNames.WebhookDeliveriesQueue);
    var processor = services.GetRequiredService<WebhookDeliveryProcessor>();
    while (!stop.IsCancellationRequested)
    {
        var batch = (await queue.ReceiveMessagesAsync(32, TimeSpan.FromSeconds(60), CancellationToken.None)).Value;
        if (batch.Length == 0)
        {
            await Task.Delay(20, CancellationToken.None);
            continue;
        }

        await Task.WhenAll(batch.Select(async m =>
        {
            await processor.ProcessAsync(m.MessageText, m.DequeueCount, CancellationToken.None);
            await queue.DeleteMessageAsync(m.MessageId, m.PopReceipt, CancellationToken.None);
        }));
    }
}

static ServiceProvider Build(string connectionString, string prefix)
{
    var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["Storage:ConnectionString"] = connectionString,
        ["Storage:NamePrefix"] = prefix,
        ["Webhooks:AllowHttp"] = "true",
        ["Webhooks:AllowLoopback"] = "true",
    }).Build();
    var services = new ServiceCollection();
    services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning).AddSimpleConsole());
    services.AddScraper(configuration);
    return services.BuildServiceProvider();
}

static string FindRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Scraper.sln")))
        {
            return dir.FullName;
        }
    }

    throw new InvalidOperationException("Scraper.sln not found");
}
