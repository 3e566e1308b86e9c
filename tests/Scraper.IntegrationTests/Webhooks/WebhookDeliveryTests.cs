using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Scraper.Claims;
using Scraper.IntegrationTests.Infrastructure;
using Scraper.Storage;
using Scraper.Webhooks.Delivery;
using Scraper.Webhooks.Subscriptions;

namespace Scraper.IntegrationTests.Webhooks;

[Collection(AzuriteCollection.Name)]
public sealed class WebhookDeliveryTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task ClaimChange_ReachesReceiver_SignedVerifiably_AndIsLogged()
    {
        await using var s = await WebhookScenario.StartAsync(azurite);
        var (id, secret) = await s.SubscribeAsync();

        await s.Publisher.OnChangesAsync([s.Change("c1"), s.Change("c2", 2, ChangeKind.Changed), s.Change("c3", 3, ChangeKind.Removed)], CancellationToken.None);
        var outcomes = await s.DrainAsync();

        Assert.Equal(3, outcomes.Count(o => o == DeliveryOutcome.Delivered));
        var got = s.Receiver.Requests.OrderBy(r => r.Headers["webhook-id"], StringComparer.Ordinal).ToList();
        Assert.Equal(["c1-v000001", "c2-v000002", "c3-v000003"], got.Select(r => r.Headers["webhook-id"]));
        Assert.Contains("\"type\":\"claim.removed\"", got[2].Body, StringComparison.Ordinal);
        var verdicts = await NodeVerifier.VerifyAsync(got.Select(r => (secret, r.Body, r.Headers)));
        Assert.All(verdicts, v => Assert.True(v.Ok, v.Error));
        var log = (await s.CallAsync(s.Api.ListDeliveriesAsync, id)).Body!["deliveries"]!.AsArray();
        Assert.Equal(3, log.Count);
        Assert.All(log, d => Assert.Equal(204, d!["attempts"]![0]!["status_code"]!.GetValue<int>()));
    }

    [Fact]
    public async Task FanOut_RepeatedAfterCrash_QueuesNothingTwice_AndEmptyBatchSendsNothing()
    {
        await using var s = await WebhookScenario.StartAsync(azurite);
        await s.SubscribeAsync();
        var change = s.Change("c1");

        await s.Publisher.OnChangesAsync([change], CancellationToken.None);
        await s.DrainAsync();
        await s.Publisher.OnChangesAsync([change], CancellationToken.None);
        await s.Publisher.OnChangesAsync([], CancellationToken.None);
        await s.DrainAsync();

        Assert.Single(s.Receiver.Requests);
    }

    [Fact]
    public async Task FanOut_HonoursEventTypesAndFilters()
    {
        await using var s = await WebhookScenario.StartAsync(azurite);
        await using var other = await LoopbackReceiver.StartAsync();
        await s.SubscribeAsync(extra: """, "filters":{"country":["SY"]}""");
        await s.SubscribeAsync(other.Url(), """, "event_types":["claim.removed"]""");

        await s.Publisher.OnChangesAsync([s.Change("c1", country: "UA"), s.Change("c2", country: "SY")], CancellationToken.None);
        await s.DrainAsync();

        Assert.Contains("\"claim_id\":\"c2\"", Assert.Single(s.Receiver.Requests).Body, StringComparison.Ordinal);
        Assert.Empty(other.Requests);
    }

    [Fact]
    public async Task ServerErrors_RetryOnScheduleWithFreshSignatures_ThenFail()
    {
        await using var s = await WebhookScenario.StartAsync(azurite);
        s.Receiver.Respond = ctx => { ctx.Response.StatusCode = 503; return Task.CompletedTask; };
        var (id, _) = await s.SubscribeAsync();
        await s.Publisher.OnChangesAsync([s.Change("c1")], CancellationToken.None);
        var log = s.Host.Get<DeliveryLogStore>();
        var processor = s.Host.Get<WebhookDeliveryProcessor>();
        var queue = s.Host.Storage.Queue(StorageNames.WebhookDeliveriesQueue);

        Assert.Equal([DeliveryOutcome.RetryScheduled], await s.DrainAsync());
        // The retry is a new message, invisible until due: nothing to receive now.
        Assert.Empty((await queue.ReceiveMessagesAsync(1)).Value);

        var deliveryId = (await log.ListAsync(id, DateTimeOffset.MinValue, 1, CancellationToken.None))[0].DeliveryId;
        var waits = new List<TimeSpan>();
        for (var attempt = 2; attempt <= 8; attempt++)
        {
            var (record, _) = (await log.GetAsync(id, deliveryId, CancellationToken.None))!.Value;
            var wait = record.NextAttemptAt!.Value - s.Host.Time.GetUtcNow();
            waits.Add(wait);
            s.Host.Time.Advance(wait);
            await processor.ProcessAsync(DeliveryMessage.For(id, deliveryId, record.Token).ToJson(), 1, CancellationToken.None);
        }

        var expected = RetrySchedule.Delays;
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.InRange(waits[i].TotalSeconds, expected[i].TotalSeconds * 0.9, expected[i].TotalSeconds * 1.1);
        }

        var final = (await log.GetAsync(id, deliveryId, CancellationToken.None))!.Value.Record;
        Assert.Equal(DeliveryStatus.Failed, final.Status);
        Assert.Equal(8, final.Attempts.Count);
        var requests = s.Receiver.Requests.ToList();
        Assert.Equal(8, requests.Count);
        Assert.Single(requests.Select(r => r.Headers["webhook-id"]).Distinct());
        Assert.Equal(8, requests.Select(r => r.Headers["webhook-timestamp"]).Distinct().Count());
        Assert.Equal(8, requests.Select(r => r.Headers["webhook-signature"]).Distinct().Count());
    }

    [Fact]
    public async Task Gone_DisablesSubscription_AndLaterEventsAreNotQueued()
    {
        await using var s = await WebhookScenario.StartAsync(azurite);
        s.Receiver.Respond = ctx => { ctx.Response.StatusCode = 410; return Task.CompletedTask; };
        var (id, _) = await s.SubscribeAsync();

        await s.Publisher.OnChangesAsync([s.Change("c1")], CancellationToken.None);
        var outcomes = await s.DrainAsync();
        await s.Publisher.OnChangesAsync([s.Change("c2")], CancellationToken.None);
        await s.DrainAsync();

        Assert.Equal([DeliveryOutcome.SubscriptionDisabled], outcomes);
        var sub = await s.Host.Get<SubscriptionStore>().GetAsync(id, CancellationToken.None);
        Assert.False(sub!.Enabled);
        Assert.Contains("410", sub.DisabledReason, StringComparison.Ordinal);
        Assert.Single(s.Receiver.Requests);
    }

    [Fact]
    public async Task FailingForFiveDays_DisablesSubscription()
    {
        await using var s = await WebhookScenario.StartAsync(azurite);
        s.Receiver.Respond = ctx => { ctx.Response.StatusCode = 400; return Task.CompletedTask; };
        var (id, _) = await s.SubscribeAsync();
        var store = s.Host.Get<SubscriptionStore>();

        await s.Publisher.OnChangesAsync([s.Change("c1")], CancellationToken.None);
        await s.DrainAsync();
        var failingSince = (await store.GetAsync(id, CancellationToken.None))!.FailingSince;
        s.Host.Time.Advance(TimeSpan.FromDays(5));
        await s.Publisher.OnChangesAsync([s.Change("c2")], CancellationToken.None);
        var outcomes = await s.DrainAsync();

        Assert.NotNull(failingSince);
        Assert.Equal([DeliveryOutcome.SubscriptionDisabled], outcomes);
        Assert.False((await store.GetAsync(id, CancellationToken.None))!.Enabled);
    }

    [Fact]
    public async Task HangingReceiver_TimesOut_WithoutDelayingAnotherSubscriber()
    {
        await using var s = await WebhookScenario.StartAsync(azurite);
        await using var fast = await LoopbackReceiver.StartAsync();
        s.Receiver.Respond = ctx => Task.Delay(Timeout.Infinite, ctx.RequestAborted);
        await s.SubscribeAsync();
        await s.SubscribeAsync(fast.Url());
        var fastGotIt = new TaskCompletionSource();
        fast.OnReceived += _ => fastGotIt.TrySetResult();

        await s.Publisher.OnChangesAsync([s.Change("c1")], CancellationToken.None);
        var sw = Stopwatch.StartNew();
        var drain = s.DrainAsync();
        await fastGotIt.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var fastAfter = sw.Elapsed;
        var outcomes = await drain;

        Assert.True(fastAfter < TimeSpan.FromSeconds(1.5), $"fast receiver waited {fastAfter}");
        Assert.Contains(DeliveryOutcome.Delivered, outcomes);
        Assert.Contains(DeliveryOutcome.RetryScheduled, outcomes);
    }
}
