using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Scraper.Bench.Fetching;
using Scraper.Fetching;
using Scraper.Parsing;

// A poll cycle of 500 sources spread over 20 loopback hosts (distinct ports = distinct hosts for the
// throttle), 100 ms server latency, 1 s per-host spacing. Cycle 1 downloads everything; cycle 2 finds
// every feed unchanged and must cost one 304 each and no parse.
const int Hosts = 20, Sources = 500;
var latency = TimeSpan.FromMilliseconds(100);
var spacing = TimeSpan.FromSeconds(1);

await using var servers = await FeedHosts.StartAsync(Hosts, latency);
var validators = new MemoryValidators();
var services = new ServiceCollection();
services.AddLogging();
services.AddSingleton(TimeProvider.System);
services.AddOptions<FetchOptions>().Configure(o => { o.MinHostDelay = spacing; o.BlockPrivateNetworks = false; });
services.AddSingleton<HostThrottle>();
services.AddSingleton<RobotsTxtCache>();
services.AddScraperFetchClient();
services.AddSingleton<IHttpValidatorStore>(validators);
services.AddSingleton<IPageFetcher, HttpPageFetcher>();
await using var provider = services.BuildServiceProvider();
var fetcher = provider.GetRequiredService<IPageFetcher>();

var urls = Enumerable.Range(0, Sources).Select(i => servers.FeedUrl(i % Hosts, i)).ToList();
var perHost = Sources / Hosts;
var lowerBound = (perHost * latency) + ((perHost - 1) * spacing);
Console.WriteLine($"sources={Sources} hosts={Hosts} per_host={perHost} latency={latency.TotalMilliseconds} ms spacing={spacing.TotalSeconds} s");
Console.WriteLine($"politeness lower bound per cycle = {perHost}x{latency.TotalMilliseconds} ms + {perHost - 1}x{spacing.TotalSeconds} s = {lowerBound.TotalSeconds:0.00} s");

for (var cycle = 1; cycle <= 2; cycle++)
{
    var parses = 0;
    var notModified = 0;
    var failures = new ConcurrentBag<string>();
    servers.ResetCounters();
    var clock = Stopwatch.StartNew();
    // Start-up burst: every source at once; the throttle alone keeps each host polite.
    await Task.WhenAll(urls.Select(async (url, i) =>
    {
        var result = await fetcher.FetchAsync(new FetchRequest(url, $"source-{i}"), CancellationToken.None);
        if (!result.IsSuccess)
        {
            failures.Add(result.Error!);
            return;
        }

        if (result.NotModified)
        {
            Interlocked.Increment(ref notModified);
            return;
        }

        FeedParser.Parse(TextDecoding.Decode(result.Body, result.Charset));
        Interlocked.Increment(ref parses);
        await fetcher.CommitValidatorsAsync($"source-{i}", result, CancellationToken.None);
    }));
    clock.Stop();
    var ratio = clock.Elapsed / lowerBound;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"cycle {cycle}: wall {clock.Elapsed.TotalSeconds:0.00} s, ratio {ratio:0.000} x lower bound, 200s parsed {parses}, 304s {notModified}, failures {failures.Count}, " +
        $"server requests {servers.Requests}, bytes served {servers.BytesServed}, max in flight per host {servers.MaxInFlightPerHost}, min gap per host {servers.MinGapPerHost.TotalMilliseconds:0} ms"));
    foreach (var f in failures.Distinct().Take(5))
    {
        Console.WriteLine("  failure: " + f);
    }
}
