using Scraper.IntegrationTests.Infrastructure;
using Scraper.Webhooks.Delivery;

namespace Scraper.IntegrationTests.Webhooks;

[Collection(AzuriteCollection.Name)]
public sealed class SubscriptionsApiTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Create_AnswersSecretOnce_NeverAgainInGetOrList()
    {
        await using var s = await WebhookScenario.StartAsync(azurite);

        var (id, secret) = await s.SubscribeAsync(extra: """, "event_types":["claim.created"], "filters":{"country":["UA"]}, "description":"desk" """);

        Assert.StartsWith("sub_", id, StringComparison.Ordinal);
        Assert.Equal(32, Convert.FromBase64String(secret["whsec_".Length..]).Length);
        var one = await s.CallAsync(s.Api.GetAsync, id);
        var list = await ApiCall.InvokeAsync(s.Host.Services, s.Api.ListAsync);
        var patched = await s.CallAsync(s.Api.UpdateAsync, id, """{"description":"night desk"}""");
        foreach (var raw in new[] { one.Raw, list.Raw, patched.Raw })
        {
            Assert.DoesNotContain(secret, raw, StringComparison.Ordinal);
            Assert.DoesNotContain("whsec_", raw, StringComparison.Ordinal);
            Assert.DoesNotContain("\"secret\"", raw, StringComparison.Ordinal);
        }

        Assert.Equal("night desk", patched.Body!["description"]!.GetValue<string>());
        Assert.Equal("UA", one.Body!["filters"]!["country"]![0]!.GetValue<string>());
    }

    [Theory]
    [InlineData("https://169.254.169.254/latest/meta-data/", "link-local")]
    [InlineData("https://10.0.0.1/hook", "private")]
    [InlineData("https://2130706433/hook", "loopback")]
    [InlineData("ftp://example.org/hook", "https")]
    public async Task Create_RefusedUrl_Answers400ProblemSayingWhy(string url, string why)
    {
        var strict = new Dictionary<string, string?> { ["Webhooks:AllowLoopback"] = "false" };
        await using var host = await ScraperTestHost.StartAsync(azurite, strict);

        var (status, body, raw) = await ApiCall.InvokeAsync(host.Services, host.Get<Scraper.Webhooks.SubscriptionsApi>().CreateAsync, $$"""{"url":"{{url}}"}""");

        Assert.Equal(400, status);
        Assert.Equal("url", body!["parameter"]!.GetValue<string>());
        Assert.Contains(why, body["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.DoesNotContain("whsec_", raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RotateSecret_BothSignaturesSent_EachVerifiesWithNode()
    {
        await using var s = await WebhookScenario.StartAsync(azurite);
        var (id, oldSecret) = await s.SubscribeAsync();

        var rotated = await s.CallAsync(s.Api.RotateSecretAsync, id);
        var newSecret = rotated.Body!["secret"]!.GetValue<string>();
        await s.Publisher.OnChangesAsync([s.Change("c1")], CancellationToken.None);
        await s.DrainAsync();

        Assert.NotEqual(oldSecret, newSecret);
        var got = Assert.Single(s.Receiver.Requests);
        Assert.Equal(2, got.Headers["webhook-signature"].Split(' ').Length);
        var verdicts = await NodeVerifier.VerifyAsync([(newSecret, got.Body, got.Headers), (oldSecret, got.Body, got.Headers)]);
        Assert.All(verdicts, v => Assert.True(v.Ok, v.Error));

        s.Host.Time.Advance(TimeSpan.FromHours(24));
        await s.Publisher.OnChangesAsync([s.Change("c2")], CancellationToken.None);
        await s.DrainAsync();
        Assert.Single(s.Receiver.Requests.Last().Headers["webhook-signature"].Split(' '));
    }

    [Fact]
    public async Task Redeliver_SendsSameWebhookIdAgain_AndLogsBothAttempts()
    {
        await using var s = await WebhookScenario.StartAsync(azurite);
        var (id, _) = await s.SubscribeAsync();
        await s.Publisher.OnChangesAsync([s.Change("c1")], CancellationToken.None);
        await s.DrainAsync();
        var log = await s.CallAsync(s.Api.ListDeliveriesAsync, id);
        var deliveryId = log.Body!["deliveries"]![0]!["id"]!.GetValue<string>();

        var redeliver = await s.CallAsync(s.Api.RedeliverAsync, id, route: new() { ["deliveryId"] = deliveryId });
        await s.DrainAsync();

        Assert.Equal(202, redeliver.Status);
        var requests = s.Receiver.Requests.ToList();
        Assert.Equal(2, requests.Count);
        Assert.Equal(requests[0].Headers["webhook-id"], requests[1].Headers["webhook-id"]);
        Assert.Equal(requests[0].Body, requests[1].Body);
        var after = (await s.CallAsync(s.Api.ListDeliveriesAsync, id)).Body!["deliveries"]![0]!;
        Assert.Equal("succeeded", after["status"]!.GetValue<string>());
        Assert.Equal(2, after["attempts"]!.AsArray().Count);
        Assert.True(after["attempts"]![1]!["manual"]!.GetValue<bool>());
        Assert.Equal(204, after["attempts"]![1]!["status_code"]!.GetValue<int>());
    }

    [Fact]
    public async Task Ping_DeliversWebhookPing()
    {
        await using var s = await WebhookScenario.StartAsync(azurite);
        var (id, _) = await s.SubscribeAsync(extra: """, "event_types":["diff.published"]""");

        var ping = await s.CallAsync(s.Api.PingAsync, id);
        var outcomes = await s.DrainAsync();

        Assert.Equal(202, ping.Status);
        Assert.Equal([DeliveryOutcome.Delivered], outcomes);
        Assert.Contains("\"type\":\"webhook.ping\"", Assert.Single(s.Receiver.Requests).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_StopsDeliveries()
    {
        await using var s = await WebhookScenario.StartAsync(azurite);
        var (id, _) = await s.SubscribeAsync();

        var deleted = await s.CallAsync(s.Api.DeleteAsync, id);
        await s.Publisher.OnChangesAsync([s.Change("c1")], CancellationToken.None);
        await s.DrainAsync();

        Assert.Equal(204, deleted.Status);
        Assert.Equal(404, (await s.CallAsync(s.Api.GetAsync, id)).Status);
        Assert.Empty(s.Receiver.Requests);
    }
}
