using System.Net;
using System.Text.Json;
using Scraper.Cli.Local;
using Scraper.IntegrationTests.Infrastructure;
using Scraper.IntegrationTests.Pipeline;

namespace Scraper.IntegrationTests.Api;

/// <summary>`scraper serve` over real HTTP: the shared handlers and the Functions key rules.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class ApiServerTests(AzuriteFixture azurite)
{
    private static readonly ApiKeys Keys = new("read-key-for-tests", "admin-key-for-tests", false);

    [Fact]
    public async Task DiffRoute_WithoutKey_Is401_WithReadKeyInHeaderOrCode_Is200()
    {
        await using var scenario = await PipelineScenario.StartAsync(azurite);
        await scenario.RunDueAsync();
        await using var server = await ApiServer.StartAsync(scenario.Host.Services, Keys, "http://127.0.0.1:0", CancellationToken.None);
        using var http = new HttpClient { BaseAddress = new Uri(server.BaseUrl.AbsoluteUri) };

        var anonymous = await http.GetAsync("diffs/2026-11-20");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("application/problem+json", anonymous.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync("diffs/2026-11-20?code=wrong")).StatusCode);

        var withCode = await http.GetAsync("diffs/2026-11-20?code=" + Keys.ReadKey);
        Assert.Equal(HttpStatusCode.OK, withCode.StatusCode);
        using var request = new HttpRequestMessage(HttpMethod.Get, "diffs/2026-11-20");
        request.Headers.Add("x-functions-key", Keys.ReadKey);
        var withHeader = await http.SendAsync(request);
        Assert.Equal(await withCode.Content.ReadAsStringAsync(), await withHeader.Content.ReadAsStringAsync());
        Assert.Equal(2, JsonDocument.Parse(await withHeader.Content.ReadAsStringAsync()).RootElement.GetProperty("entries").GetArrayLength());
    }

    [Theory]
    [InlineData("json", "application/json")]
    [InlineData("ndjson", "application/x-ndjson")]
    [InlineData("csv", "text/csv")]
    [InlineData("geojson", "application/geo+json")]
    public async Task EveryFormat_StreamsOverKestrel(string format, string mediaType)
    {
        await using var scenario = await PipelineScenario.StartAsync(azurite);
        await scenario.RunDueAsync();
        await using var server = await ApiServer.StartAsync(scenario.Host.Services, Keys, "http://127.0.0.1:0", CancellationToken.None);
        using var http = new HttpClient { BaseAddress = new Uri(server.BaseUrl.AbsoluteUri) };
        http.DefaultRequestHeaders.Add("x-functions-key", Keys.ReadKey);

        var byQuery = await http.GetAsync($"diffs/2026-11-20?format={format}");
        using var byAccept = new HttpRequestMessage(HttpMethod.Get, "diffs/2026-11-20");
        byAccept.Headers.Accept.ParseAdd(mediaType);
        var negotiated = await http.SendAsync(byAccept);

        Assert.Equal(HttpStatusCode.OK, byQuery.StatusCode);
        Assert.Equal(mediaType, byQuery.Content.Headers.ContentType?.MediaType);
        Assert.Equal(mediaType, negotiated.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Raqqa", await byQuery.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HealthAndOpenApi_AreAnonymous_AndOpenApiListsEveryRoute()
    {
        await using var host = await ScraperTestHost.StartAsync(azurite);
        await using var server = await ApiServer.StartAsync(host.Services, Keys, "http://127.0.0.1:0", CancellationToken.None);
        using var http = new HttpClient { BaseAddress = new Uri(server.BaseUrl.AbsoluteUri) };

        var health = JsonDocument.Parse(await http.GetStringAsync("health")).RootElement;
        Assert.Equal("healthy", health.GetProperty("status").GetString());
        var openApi = JsonDocument.Parse(await http.GetStringAsync("openapi.json")).RootElement;
        var paths = openApi.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/diffs/{date}", paths);
        Assert.Contains("/api/claims/{id}", paths);
        Assert.Contains("/api/health", paths);
    }

    [Fact]
    public async Task ClaimRoute_ReturnsHistoryAndSupportingDocuments()
    {
        await using var scenario = await PipelineScenario.StartAsync(azurite);
        await scenario.RunDueAsync();
        await scenario.SwitchToDay2Async();
        await scenario.RunDueAsync();
        await using var server = await ApiServer.StartAsync(scenario.Host.Services, Keys, "http://127.0.0.1:0", CancellationToken.None);
        using var http = new HttpClient { BaseAddress = new Uri(server.BaseUrl.AbsoluteUri) };
        http.DefaultRequestHeaders.Add("x-functions-key", Keys.ReadKey);
        var diff = JsonDocument.Parse(await http.GetStringAsync("diffs/2026-11-21?change=changed")).RootElement;
        var id = diff.GetProperty("entries")[0].GetProperty("claim_id").GetString();

        var claim = JsonDocument.Parse(await http.GetStringAsync("claims/" + id)).RootElement;

        Assert.Equal(2, claim.GetProperty("history").GetArrayLength());
        Assert.NotNull(claim.GetProperty("supporting_documents")[0].GetProperty("snapshot_sha256").GetString());
        var changes = JsonDocument.Parse(await http.GetStringAsync("claims?changed_since=2026-11-20T12:00:00Z")).RootElement;
        Assert.Equal(3, changes.GetProperty("changes").GetArrayLength());
        Assert.Equal(HttpStatusCode.BadRequest, (await http.GetAsync("claims?changed_since=soon")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("claims/c000000000000000000000000")).StatusCode);
    }
}
