using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Scraper.Webhooks;
using Scraper.Webhooks.Delivery;
using Scraper.Webhooks.Ssrf;

namespace Scraper.IntegrationTests.Webhooks;

/// <summary>One HTTP attempt against real loopback receivers; no storage involved.</summary>
public sealed class WebhookSenderTests : IAsyncLifetime
{
    private LoopbackReceiver _receiver = null!;
    private ServiceProvider _services = null!;

    private WebhookSender Sender => _services.GetRequiredService<WebhookSender>();

    public async Task InitializeAsync()
    {
        _receiver = await LoopbackReceiver.StartAsync();
        _services = WebhookTestServices.Build();
    }

    public async Task DisposeAsync()
    {
        await _receiver.DisposeAsync();
        await _services.DisposeAsync();
    }

    [Fact]
    public async Task Send_SignaturesVerifyWithNodeReferenceLibrary_IncludingRotation_AndForgeriesFail()
    {
        string oldSecret = WebhookSecret.Generate(), newSecret = WebhookSecret.Generate();
        const string body = """{"type":"claim.created","timestamp":"2026-11-25T10:00:00.000Z","data":{"claim_id":"c1","place":"Харків"}}""";

        var result = await Sender.SendAsync(_receiver.Url(), "c1-v000001", body, [newSecret, oldSecret], CancellationToken.None);

        Assert.Equal(AttemptKind.Succeeded, result.Kind);
        var got = Assert.Single(_receiver.Requests);
        Assert.Equal(body, got.Body);
        Assert.Equal("c1-v000001", got.Headers["webhook-id"]);
        Assert.Equal(2, got.Headers["webhook-signature"].Split(' ').Length);
        var stale = new Dictionary<string, string>(got.Headers)
        {
            ["webhook-timestamp"] = (long.Parse(got.Headers["webhook-timestamp"], System.Globalization.CultureInfo.InvariantCulture) - 600).ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        var verdicts = await NodeVerifier.VerifyAsync(
        [
            (newSecret, got.Body, got.Headers),
            (oldSecret, got.Body, got.Headers),
            (newSecret, got.Body.Replace("c1", "c2", StringComparison.Ordinal), got.Headers),
            (WebhookSecret.Generate(), got.Body, got.Headers),
            (newSecret, got.Body, stale),
        ]);

        Assert.True(verdicts[0].Ok, verdicts[0].Error);
        Assert.True(verdicts[1].Ok, verdicts[1].Error);
        Assert.False(verdicts[2].Ok, "tampered body accepted");
        Assert.False(verdicts[3].Ok, "wrong secret accepted");
        Assert.False(verdicts[4].Ok, "stale timestamp accepted");
    }

    [Theory]
    [InlineData(200, AttemptKind.Succeeded)]
    [InlineData(202, AttemptKind.Succeeded)]
    [InlineData(410, AttemptKind.Gone)]
    [InlineData(429, AttemptKind.Retryable)]
    [InlineData(500, AttemptKind.Retryable)]
    [InlineData(503, AttemptKind.Retryable)]
    [InlineData(400, AttemptKind.Failed)]
    [InlineData(404, AttemptKind.Failed)]
    public async Task Send_ClassifiesStatusCodes(int status, AttemptKind expected)
    {
        _receiver.Respond = ctx => { ctx.Response.StatusCode = status; return Task.CompletedTask; };

        var result = await Sender.SendAsync(_receiver.Url(), "id1", "{}", [WebhookSecret.Generate()], CancellationToken.None);

        Assert.Equal(expected, result.Kind);
        Assert.Equal(status, result.StatusCode);
    }

    [Fact]
    public async Task Send_RetryAfter_IsReported()
    {
        _receiver.Respond = ctx => { ctx.Response.StatusCode = 429; ctx.Response.Headers.RetryAfter = "120"; return Task.CompletedTask; };

        var result = await Sender.SendAsync(_receiver.Url(), "id1", "{}", [WebhookSecret.Generate()], CancellationToken.None);

        Assert.Equal(TimeSpan.FromSeconds(120), result.RetryAfter);
    }

    [Theory]
    [InlineData("/elsewhere")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    public async Task Send_Redirect_IsAFailure_AndNotFollowed(string location)
    {
        _receiver.Respond = ctx =>
        {
            if (ctx.Request.Path == "/hook")
            {
                ctx.Response.StatusCode = 302;
                ctx.Response.Headers.Location = location;
            }

            return Task.CompletedTask;
        };

        var result = await Sender.SendAsync(_receiver.Url(), "id1", "{}", [WebhookSecret.Generate()], CancellationToken.None);

        Assert.Equal(AttemptKind.Failed, result.Kind);
        Assert.Contains("redirect not followed", result.Error, StringComparison.Ordinal);
        Assert.Single(_receiver.Requests);
    }

    [Fact]
    public async Task Send_HangingReceiver_TimesOut_WithoutDelayingAnother()
    {
        await using var fast = await LoopbackReceiver.StartAsync();
        _receiver.Respond = ctx => Task.Delay(Timeout.Infinite, ctx.RequestAborted);

        var hanging = Sender.SendAsync(_receiver.Url(), "slow", "{}", [WebhookSecret.Generate()], CancellationToken.None);
        var sw = Stopwatch.StartNew();
        var quick = await Sender.SendAsync(fast.Url(), "fast", "{}", [WebhookSecret.Generate()], CancellationToken.None);
        var quickTime = sw.Elapsed;
        var slow = await hanging;

        Assert.Equal(AttemptKind.Succeeded, quick.Kind);
        Assert.True(quickTime < TimeSpan.FromSeconds(1), $"fast receiver took {quickTime}");
        Assert.Equal(AttemptKind.Retryable, slow.Kind);
        Assert.Contains("timeout", slow.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_LoopbackNotAllowed_IsRefusedBeforeConnecting()
    {
        await using var strict = WebhookTestServices.Build(settings: new Dictionary<string, string?> { ["Webhooks:AllowLoopback"] = "false" });

        var result = await strict.GetRequiredService<WebhookSender>().SendAsync(_receiver.Url(), "id1", "{}", [WebhookSecret.Generate()], CancellationToken.None);

        Assert.Equal(AttemptKind.Refused, result.Kind);
        Assert.Contains("loopback", result.Error, StringComparison.Ordinal);
        Assert.Empty(_receiver.Requests);
    }

    [Fact]
    public async Task Send_NameResolvingToPrivateAtSendTime_IsRefusedInTheConnectCallback()
    {
        var rebinding = new MapResolver(new() { ["rebind.test"] = "10.20.30.40" });
        await using var services = WebhookTestServices.Build(s => s.TryAddSingleton<IHostResolver>(rebinding));

        var result = await services.GetRequiredService<WebhookSender>().SendAsync("http://rebind.test:8080/hook", "id1", "{}", [WebhookSecret.Generate()], CancellationToken.None);

        Assert.Equal(AttemptKind.Refused, result.Kind);
        Assert.Contains("10.20.30.40", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_NameResolvingToLoopback_ConnectsToTheVettedAddress()
    {
        var resolver = new MapResolver(new() { ["receiver.test"] = "127.0.0.1" });
        await using var services = WebhookTestServices.Build(s => s.TryAddSingleton<IHostResolver>(resolver));
        var url = $"http://receiver.test:{_receiver.BaseUrl.Port}/hook";

        var result = await services.GetRequiredService<WebhookSender>().SendAsync(url, "id1", "{}", [WebhookSecret.Generate()], CancellationToken.None);

        Assert.Equal(AttemptKind.Succeeded, result.Kind);
        Assert.Equal("receiver.test:" + _receiver.BaseUrl.Port, Assert.Single(_receiver.Requests).Headers["host"]);
    }

    private sealed class MapResolver(Dictionary<string, string> map) : IHostResolver
    {
        public Task<System.Net.IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken) =>
            Task.FromResult(new[] { System.Net.IPAddress.Parse(map[host]) });
    }
}
