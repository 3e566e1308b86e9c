using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Scraper.IntegrationTests.Webhooks;

/// <summary>
/// A webhook receiver on Kestrel 127.0.0.1:0. Every request is recorded with its raw body and
/// headers; <see cref="Respond"/> decides the answer (status, headers, or hanging).
/// </summary>
internal sealed class LoopbackReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;

    public sealed record Received(string Path, string Body, IReadOnlyDictionary<string, string> Headers, long ReceivedAtTimestamp);

    public ConcurrentQueue<Received> Requests { get; } = new();

    /// <summary>Path -> handler; default answers 204.</summary>
    public Func<HttpContext, Task> Respond { get; set; } = ctx =>
    {
        ctx.Response.StatusCode = 204;
        return Task.CompletedTask;
    };

    public event Action<Received>? OnReceived;

    private LoopbackReceiver(WebApplication app) => _app = app;

    public Uri BaseUrl { get; private set; } = null!;

    public static async Task<LoopbackReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var receiver = new LoopbackReceiver(app);
        app.Run(async ctx =>
        {
            using var reader = new StreamReader(ctx.Request.Body);
            var body = await reader.ReadToEndAsync();
            var r = new Received(
                ctx.Request.Path, body, ctx.Request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString()), Stopwatch.GetTimestamp());
            receiver.Requests.Enqueue(r);
            receiver.OnReceived?.Invoke(r);
            await receiver.Respond(ctx);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver.BaseUrl = new Uri(address);
        return receiver;
    }

    public string Url(string path = "hook") => new Uri(BaseUrl, path).AbsoluteUri;

    public async ValueTask DisposeAsync()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(1));
        await _app.StopAsync(stop.Token);
        await _app.DisposeAsync();
    }
}
