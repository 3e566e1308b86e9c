using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Scraper.Bench.Fetching;

/// <summary>One Kestrel listening on N loopback ports; each port is a "host". Feeds answer 304 to their ETag.</summary>
internal sealed class FeedHosts : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly List<Uri> _bases;
    private readonly ConcurrentDictionary<int, HostStats> _stats = new();
    private long _requests;
    private long _bytes;

    private FeedHosts(WebApplication app, List<Uri> bases)
    {
        _app = app;
        _bases = bases;
    }

    public long Requests => Interlocked.Read(ref _requests);

    public long BytesServed => Interlocked.Read(ref _bytes);

    public int MaxInFlightPerHost => _stats.Values.Select(s => s.MaxInFlight).DefaultIfEmpty().Max();

    public TimeSpan MinGapPerHost => _stats.Values.Select(s => s.MinGap).DefaultIfEmpty(TimeSpan.Zero).Min();

    public static async Task<FeedHosts> StartAsync(int hosts, TimeSpan latency)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(Enumerable.Range(0, hosts).Select(_ => "http://127.0.0.1:0").ToArray());
        var app = builder.Build();
        FeedHosts? self = null;
        app.MapGet("/feed/{n:int}", async (HttpContext c, int n) =>
        {
            var stats = self!._stats.GetOrAdd(c.Connection.LocalPort, _ => new HostStats());
            stats.Enter();
            try
            {
                Interlocked.Increment(ref self._requests);
                await Task.Delay(latency);
                var etag = $"\"feed-{n}-v1\"";
                c.Response.Headers.ETag = etag;
                if (c.Request.Headers.IfNoneMatch == etag)
                {
                    c.Response.StatusCode = StatusCodes.Status304NotModified;
                    return;
                }

                var body = Encoding.UTF8.GetBytes(Feed(n));
                Interlocked.Add(ref self._bytes, body.Length);
                c.Response.ContentType = "application/rss+xml; charset=utf-8";
                await c.Response.Body.WriteAsync(body);
            }
            finally
            {
                stats.Leave();
            }
        });
        await app.StartAsync();
        var bases = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .Select(a => new Uri(a.TrimEnd('/') + "/")).ToList();
        self = new FeedHosts(app, bases);
        return self;
    }

    public Uri FeedUrl(int host, int feed) => new(_bases[host], $"feed/{feed}");

    public void ResetCounters()
    {
        _stats.Clear();
        Interlocked.Exchange(ref _requests, 0);
        Interlocked.Exchange(ref _bytes, 0);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static string Feed(int n)
    {
        var items = string.Concat(Enumerable.Range(0, 10).Select(i =>
            $"<item><guid>f{n}-i{i}</guid><title>Item {i} of feed {n}</title><link>http://example.org/{n}/{i}</link><pubDate>Tue, 24 Nov 2026 10:{i:00}:00 GMT</pubDate><description>Text {i}</description></item>"));
        return $"<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Feed {n}</title>{items}</channel></rss>";
    }

    private sealed class HostStats
    {
        private int _inFlight;
        private DateTimeOffset? _lastEnd;

        public int MaxInFlight { get; private set; }

        public TimeSpan MinGap { get; private set; } = TimeSpan.MaxValue;

        public void Enter()
        {
            lock (this)
            {
                MaxInFlight = Math.Max(MaxInFlight, ++_inFlight);
                if (_lastEnd is { } end)
                {
                    var gap = TimeProvider.System.GetUtcNow() - end;
                    MinGap = gap < MinGap ? gap : MinGap;
                }
            }
        }

        public void Leave()
        {
            lock (this)
            {
                _inFlight--;
                _lastEnd = TimeProvider.System.GetUtcNow();
            }
        }
    }
}

/// <summary>The bench's validator memory (a benchmark, not a test: no storage needed to time politeness).</summary>
internal sealed class MemoryValidators : Scraper.Fetching.IHttpValidatorStore
{
    private readonly ConcurrentDictionary<string, Scraper.Fetching.HttpValidators> _byKey = new(StringComparer.Ordinal);

    public Task<Scraper.Fetching.HttpValidators?> GetAsync(string sourceId, Uri url, CancellationToken cancellationToken) =>
        Task.FromResult(_byKey.TryGetValue(sourceId + " " + url, out var v) ? v : null);

    public Task SetAsync(string sourceId, Uri url, Scraper.Fetching.HttpValidators validators, CancellationToken cancellationToken)
    {
        _byKey[sourceId + " " + url] = validators;
        return Task.CompletedTask;
    }
}
