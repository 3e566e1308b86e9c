using System.Text.Json.Nodes;
using Scraper.Claims;
using Scraper.Extraction;
using Scraper.IntegrationTests.Infrastructure;
using Scraper.Webhooks;
using Scraper.Webhooks.Delivery;

namespace Scraper.IntegrationTests.Webhooks;

/// <summary>A test host on Azurite with loopback webhooks allowed, a receiver, and helpers.</summary>
internal sealed class WebhookScenario : IAsyncDisposable
{
    private WebhookScenario(ScraperTestHost host, LoopbackReceiver receiver)
    {
        Host = host;
        Receiver = receiver;
    }

    public ScraperTestHost Host { get; }
    public LoopbackReceiver Receiver { get; }
    public SubscriptionsApi Api => Host.Get<SubscriptionsApi>();
    public WebhookPublisher Publisher => Host.Get<WebhookPublisher>();

    public static async Task<WebhookScenario> StartAsync(AzuriteFixture azurite, DateTimeOffset? start = null)
    {
        var host = await ScraperTestHost.StartAsync(
            azurite,
            new Dictionary<string, string?>
            {
                ["Webhooks:AllowHttp"] = "true",
                ["Webhooks:AllowLoopback"] = "true",
                ["Webhooks:DeliveryTimeout"] = "00:00:02",
                ["Diffs:PublicBaseUrl"] = "https://scraper.example.org/api",
            },
            start ?? TimeProvider.System.GetUtcNow());
        return new WebhookScenario(host, await LoopbackReceiver.StartAsync());
    }

    /// <returns>The subscription id and its secret.</returns>
    public async Task<(string Id, string Secret)> SubscribeAsync(string? url = null, string extra = "")
    {
        var (status, body, raw) = await ApiCall.InvokeAsync(
            Host.Services, Api.CreateAsync, $$"""{"url":"{{url ?? Receiver.Url()}}"{{extra}}}""");
        Assert.True(status == 201, raw);
        return (body!["id"]!.GetValue<string>(), body["secret"]!.GetValue<string>());
    }

    public Task<(int Status, JsonNode? Body, string Raw)> CallAsync(
        Func<Microsoft.AspNetCore.Http.HttpRequest, CancellationToken, Task<Microsoft.AspNetCore.Http.IResult>> handler,
        string id,
        string? body = null,
        Dictionary<string, string>? route = null)
    {
        var values = new Dictionary<string, string>(route ?? []) { ["id"] = id };
        return ApiCall.InvokeAsync(Host.Services, handler, body, values);
    }

    public Task<IReadOnlyList<DeliveryOutcome>> DrainAsync() => DeliveryQueueDrainer.DrainAsync(Host.Services);

    public ClaimChange Change(string claimId, int version = 1, ChangeKind kind = ChangeKind.Added, string country = "UA")
    {
        var claim = new StrikeClaim { Claimant = "Ministry of Defence", Attacker = "Russia", Country = country, Place = "Kharkiv", EventDate = "2026-11-24" };
        return new ClaimChange
        {
            ClaimId = claimId, Version = version, Kind = kind, ChangedAt = Host.Time.GetUtcNow(),
            Before = kind == ChangeKind.Added ? null : claim, After = kind == ChangeKind.Removed ? null : claim with { Killed = version },
            SourceIds = ["mod-test"],
        };
    }

    public async ValueTask DisposeAsync()
    {
        await Receiver.DisposeAsync();
        await Host.DisposeAsync();
    }
}
