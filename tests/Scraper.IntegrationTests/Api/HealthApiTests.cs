using System.Text.Json;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Scraper.Api;
using Scraper.IntegrationTests.Infrastructure;
using Scraper.Sources;
using Scraper.Storage;

namespace Scraper.IntegrationTests.Api;

[Collection(AzuriteCollection.Name)]
public sealed class HealthApiTests(AzuriteFixture azurite)
{
    private static readonly SourceDefinition Healthy = new() { Id = "mod-a", Name = "A", Adapter = "rss" };
    private static readonly SourceDefinition Broken = new() { Id = "mod-b", Name = "B", Adapter = "rss" };

    [Fact]
    public async Task Get_OneSourceFailing_IsDegradedWithLastSuccessPerSource()
    {
        var switchable = new FailingPolicy();
        await using var host = await StartAsync(switchable);
        var state = host.Get<SourceStateStore>();
        var now = host.Time.GetUtcNow();
        await state.SetHealthAsync(new SourceHealth(Healthy.Id, 0, now, now, now, null), CancellationToken.None);
        await state.SetHealthAsync(new SourceHealth(Broken.Id, 4, now, now.AddHours(-2), null, "HTTP 503"), CancellationToken.None);
        await host.Storage.Queue(StorageNames.PollRequestsQueue).SendMessageAsync("{}");

        var (status, body) = await GetAsync(host);

        Assert.Equal(StatusCodes.Status200OK, status);
        Assert.Equal("degraded", body.GetProperty("status").GetString());
        Assert.True(body.GetProperty("storage").GetProperty("reachable").GetBoolean());
        Assert.Equal(1, body.GetProperty("storage").GetProperty("poll_queue_length").GetInt32());
        var sources = body.GetProperty("sources").EnumerateArray().ToDictionary(s => s.GetProperty("id").GetString()!);
        Assert.False(sources[Healthy.Id].GetProperty("failing").GetBoolean());
        Assert.True(sources[Broken.Id].GetProperty("failing").GetBoolean());
        Assert.Equal("HTTP 503", sources[Broken.Id].GetProperty("last_error").GetString());
        Assert.Equal(now.AddHours(-2), sources[Broken.Id].GetProperty("last_success").GetDateTimeOffset());
    }

    [Fact]
    public async Task Get_StorageRefusesRequests_Returns503Unhealthy()
    {
        var switchable = new FailingPolicy();
        await using var host = await StartAsync(switchable);
        switchable.Fail = true;

        var (status, body) = await GetAsync(host);
        switchable.Fail = false; // let the host delete its tables on dispose

        Assert.Equal(StatusCodes.Status503ServiceUnavailable, status);
        Assert.Equal("unhealthy", body.GetProperty("status").GetString());
        Assert.Contains("403", body.GetProperty("storage").GetProperty("error").GetString());
        Assert.Empty(body.GetProperty("sources").EnumerateArray());
    }

    private Task<ScraperTestHost> StartAsync(FailingPolicy policy) =>
        ScraperTestHost.StartAsync(azurite, configure: services =>
        {
            services.AddSingleton<ISourceCatalog>(new FixedCatalog([Healthy, Broken]));
            services.AddSingleton<HttpPipelinePolicy>(policy);
        });

    private static async Task<(int Status, JsonElement Body)> GetAsync(ScraperTestHost host)
    {
        var context = new DefaultHttpContext { RequestServices = new ServiceCollection().AddLogging().BuildServiceProvider() };
        context.Response.Body = new MemoryStream();
        var result = await host.Get<HealthApi>().GetAsync(context.Request, CancellationToken.None);
        await result.ExecuteAsync(context);
        context.Response.Body.Position = 0;
        using var doc = await JsonDocument.ParseAsync(context.Response.Body);
        return (context.Response.StatusCode, doc.RootElement.Clone());
    }

    private sealed class FixedCatalog(IReadOnlyList<SourceDefinition> sources) : ISourceCatalog
    {
        public Task<IReadOnlyList<SourceDefinition>> GetAllAsync(CancellationToken cancellationToken) => Task.FromResult(sources);

        public Task<SourceDefinition?> FindAsync(string id, CancellationToken cancellationToken) =>
            Task.FromResult(sources.FirstOrDefault(s => s.Id == id));
    }

    /// <summary>Answers every storage call with 403 while Fail is set (403 is not retried by the SDK).</summary>
    private sealed class FailingPolicy : HttpPipelineSynchronousPolicy
    {
        public bool Fail { get; set; }

        public override void OnSendingRequest(HttpMessage message)
        {
            if (Fail)
            {
                throw new RequestFailedException(403, "denied by test", "AuthorizationFailure", null);
            }
        }
    }
}
