using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Scraper.Bench.Webhooks;

/// <summary>A loopback receiver that notes when each webhook-id first arrived.</summary>
internal sealed class BenchReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BenchReceiver(WebApplication app, string url)
    {
        _app = app;
        Url = url;
    }

    public string Url { get; }

    public ConcurrentDictionary<string, long> Arrivals { get; } = new(StringComparer.Ordinal);

    public static async Task<BenchReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        BenchReceiver? self = null;
        app.Run(async ctx =>
        {
            var now = Stopwatch.GetTimestamp();
            using var reader = new StreamReader(ctx.Request.Body);
            await reader.ReadToEndAsync();
            self!.Arrivals.TryAdd(ctx.Request.Headers["webhook-id"].ToString(), now);
            ctx.Response.StatusCode = 204;
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        self = new BenchReceiver(app, address + "/hook");
        return self;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
