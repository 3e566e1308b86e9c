using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Scraper.Webhooks;
using StandardWebhooks;
using StandardWebhooks.Diagnostics;

namespace Scraper.Cli.Demo;

/// <summary>
/// The demo's webhook receiver: a loopback endpoint subscribed through the real subscriptions API
/// handler, verifying every delivery with the StandardWebhooks library as a receiver would.
/// </summary>
internal sealed class DemoWebhookListener : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly SubscriptionsApi _api;
    private readonly ConcurrentQueue<string> _received = new();
    private StandardWebhook? _verifier;
    private string? _subscriptionId;

    private DemoWebhookListener(WebApplication app, SubscriptionsApi api)
    {
        _app = app;
        _api = api;
    }

    public IReadOnlyCollection<string> Received => _received;

    public static async Task<DemoWebhookListener> StartAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var listener = new DemoWebhookListener(app, services.GetRequiredService<SubscriptionsApi>());
        app.Run(listener.ReceiveAsync);
        await app.StartAsync(cancellationToken);
        var url = app.Urls.First().TrimEnd('/') + "/hooks";
        var (id, secret) = await listener.SubscribeAsync(services, url, cancellationToken);
        listener._subscriptionId = id;
        listener._verifier = new StandardWebhook(secret);
        Console.WriteLine($"Webhook receiver at {url} subscribed as {id} (claim.* and diff.published events)");
        return listener;
    }

    private async Task<(string Id, string Secret)> SubscribeAsync(IServiceProvider services, string url, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.Serialize(new { url, event_types = new[] { "claim.created", "claim.updated", "claim.removed", "diff.published" }, description = "scraper demo listener" });
        var context = new DefaultHttpContext { RequestServices = services };
        context.Request.Method = "POST";
        context.Request.ContentType = "application/json";
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body));
        var response = new MemoryStream();
        context.Response.Body = response;
        await (await _api.CreateAsync(context.Request, cancellationToken)).ExecuteAsync(context);
        using var created = JsonDocument.Parse(response.ToArray());
        if (context.Response.StatusCode != StatusCodes.Status201Created)
        {
            throw new InvalidOperationException("demo subscription refused: " + created.RootElement);
        }

        return (created.RootElement.GetProperty("id").GetString()!, created.RootElement.GetProperty("secret").GetString()!);
    }

    private async Task ReceiveAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        if (!Verified(body, context.Request.Headers))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        using var doc = JsonDocument.Parse(body);
        var type = doc.RootElement.TryGetProperty("type", out var t) ? t.GetString() : "?";
        _received.Enqueue($"{type} {context.Request.Headers[WebhookSigner.IdHeader]}");
        context.Response.StatusCode = StatusCodes.Status204NoContent;
    }

    /// <summary>
    /// The library's full check; when only its 5-minute timestamp window fails, the signature is checked
    /// for the stated timestamp instead: the demo signs with its replayed clock (days in the past).
    /// </summary>
    private bool Verified(string body, IHeaderDictionary headers)
    {
        try
        {
            _verifier!.Verify(body, headers);
            return true;
        }
        catch (WebhookVerificationException)
        {
            if (!long.TryParse(headers[WebhookSigner.TimestampHeader], System.Globalization.CultureInfo.InvariantCulture, out var unix))
            {
                return false;
            }

            var expected = _verifier!.Sign(headers[WebhookSigner.IdHeader].ToString(), DateTimeOffset.FromUnixTimeSeconds(unix), body);
            return headers[WebhookSigner.SignatureHeader].ToString().Split(' ').Contains(expected, StringComparer.Ordinal);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_subscriptionId is not null)
        {
            var context = new DefaultHttpContext();
            context.Request.RouteValues["id"] = _subscriptionId;
            await _api.DeleteAsync(context.Request, CancellationToken.None);
        }

        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
