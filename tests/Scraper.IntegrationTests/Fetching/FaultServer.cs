using System.Collections.Concurrent;
using System.IO.Compression;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Scraper.IntegrationTests.Fetching;

/// <summary>
/// A loopback Kestrel server (127.0.0.1, random port) that misbehaves on purpose, one fault per path.
/// It counts requests per path and records per-request timing so tests can check politeness.
/// </summary>
public sealed partial class FaultServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, int> _hits = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<(string Path, DateTimeOffset Start, DateTimeOffset End)> _log = new();
    private int _inFlight;

    private FaultServer(WebApplication app) => _app = app;

    public Uri BaseUri { get; private set; } = null!;

    /// <summary>Most requests seen in flight at the same time.</summary>
    public int MaxInFlight { get; private set; }

    public string? LastIfNoneMatch { get; private set; }

    public IReadOnlyCollection<(string Path, DateTimeOffset Start, DateTimeOffset End)> Log => _log;

    public static async Task<FaultServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FaultServer(app);
        app.Use(server.TrackAsync);
        server.MapFaults(app);
        _ = GzipBomb.Value;
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUri = new Uri(address.TrimEnd('/') + "/");
        return server;
    }

    public Uri Url(string pathAndQuery) => new(BaseUri, pathAndQuery.TrimStart('/'));

    public int Hits(string path) => _hits.GetValueOrDefault(path);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task TrackAsync(HttpContext context, RequestDelegate next)
    {
        var path = context.Request.Path.Value ?? "/";
        _hits.AddOrUpdate(path, 1, (_, n) => n + 1);
        var now = Interlocked.Increment(ref _inFlight);
        lock (_log)
        {
            MaxInFlight = Math.Max(MaxInFlight, now);
        }

        var start = TimeProvider.System.GetUtcNow();
        var counted = 1;
        // In flight until the response starts: once headers leave, the client may send the next request before this
        // middleware resumes on a busy machine, which would look like overlap when there is none.
        context.Response.OnStarting(() =>
        {
            if (Interlocked.Exchange(ref counted, 0) == 1)
            {
                Interlocked.Decrement(ref _inFlight);
            }

            return Task.CompletedTask;
        });
        try
        {
            await next(context);
        }
        finally
        {
            if (Interlocked.Exchange(ref counted, 0) == 1)
            {
                Interlocked.Decrement(ref _inFlight);
            }

            _log.Enqueue((path, start, TimeProvider.System.GetUtcNow()));
        }
    }

    private static byte[] Compress(byte[] data, Func<Stream, Stream> wrap)
    {
        using var output = new MemoryStream();
        using (var z = wrap(output))
        {
            z.Write(data);
        }

        return output.ToArray();
    }

    /// <summary>64 MiB of zeros gzipped (about 64 KiB), built once: compressing per request is slow on a busy machine.</summary>
    private static readonly Lazy<byte[]> GzipBomb = new(BuildGzipBomb);

    private static byte[] BuildGzipBomb()
    {
        using var output = new MemoryStream();
        using (var z = new GZipStream(output, CompressionLevel.Optimal))
        {
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 64; i++)
            {
                z.Write(zeros);
            }
        }

        return output.ToArray();
    }

    private static Task Text(HttpContext c, string contentType, byte[] body)
    {
        c.Response.ContentType = contentType;
        return c.Response.Body.WriteAsync(body).AsTask();
    }

    private static readonly byte[] Feed = Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title></channel></rss>");
}
