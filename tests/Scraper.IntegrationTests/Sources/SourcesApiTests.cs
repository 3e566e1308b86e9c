using Scraper.Api;
using Scraper.IntegrationTests.Infrastructure;
using Scraper.Sources;
using Scraper.Storage;

namespace Scraper.IntegrationTests.Sources;

[Collection(AzuriteCollection.Name)]
public sealed class SourcesApiTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task PutOverride_ReplacesFileEntry_DeleteRevertsToFile()
    {
        await using var host = await StartAsync();
        var api = host.Get<SourcesApi>();
        var catalog = host.Get<ISourceCatalog>();
        var entry = """{ "name": "BBC World (paused)", "kind": "news", "languages": ["en"], "adapter": "rss", "urls": ["https://feeds.bbci.co.uk/news/world/rss.xml"], "enabled": false }""";

        var (putStatus, putBody) = await ApiCall.InvokeAsync(host, api.PutAsync, "bbc-world", entry);
        var (_, got) = await ApiCall.InvokeAsync(host, api.GetAsync, "bbc-world");
        var overridden = await catalog.FindAsync("bbc-world", CancellationToken.None);
        var (deleteStatus, _) = await ApiCall.InvokeAsync(host, api.DeleteAsync, "bbc-world");
        var reverted = await catalog.FindAsync("bbc-world", CancellationToken.None);
        var (secondDelete, _) = await ApiCall.InvokeAsync(host, api.DeleteAsync, "bbc-world");

        Assert.Equal(200, putStatus);
        Assert.Equal("bbc-world", putBody.GetProperty("id").GetString());
        Assert.Equal("file+override", got.GetProperty("origin").GetString());
        Assert.Equal("disabled", got.GetProperty("status").GetString());
        Assert.False(overridden!.Enabled);
        Assert.Equal(204, deleteStatus);
        Assert.True(reverted!.Enabled);
        Assert.Equal("BBC News World", reverted.Name);
        Assert.Equal(404, secondDelete);
    }

    [Fact]
    public async Task PutOverride_NewSource_AppearsInCatalogue()
    {
        await using var host = await StartAsync();
        var api = host.Get<SourcesApi>();
        var entry = """{ "id": "jpost-headlines", "name": "Jerusalem Post", "kind": "news", "country": "IL", "languages": ["en"], "adapter": "rss", "urls": ["https://www.jpost.com/Rss/RssFeedsHeadlines.aspx"], "schedule": "00:30:00" }""";

        var (status, _) = await ApiCall.InvokeAsync(host, api.PutAsync, "jpost-headlines", entry);
        var all = await host.Get<ISourceCatalog>().GetAllAsync(CancellationToken.None);
        var (_, list) = await ApiCall.InvokeAsync(host, api.ListAsync);

        Assert.Equal(200, status);
        Assert.Contains(all, s => s.Id == "jpost-headlines");
        Assert.Contains(list.GetProperty("sources").EnumerateArray(), s => s.GetProperty("id").GetString() == "jpost-headlines" && s.GetProperty("origin").GetString() == "override");
    }

    [Theory]
    [InlineData("""{ "name": "X", "kind": "blog", "languages": ["en"], "adapter": "rss", "urls": ["https://example.org/feed"] }""", "kind")]
    [InlineData("""{ "id": "other-id", "name": "X", "kind": "news", "languages": ["en"], "adapter": "rss", "urls": ["https://example.org/feed"] }""", "id")]
    [InlineData("""{ "name": "X", "kind": "news", "languages": ["en"], "adapter": "rss", "urls": ["https://example.org/feed"], "shedule": "00:15:00" }""", "shedule")]
    [InlineData("""[1, 2]""", "source entry")]
    [InlineData("""{ not json""", "JSON")]
    public async Task PutOverride_BadEntry_Returns400ProblemNamingTheField(string body, string mentioned)
    {
        await using var host = await StartAsync();

        var (status, problem) = await ApiCall.InvokeAsync(host, host.Get<SourcesApi>().PutAsync, "test-source", body);

        Assert.Equal(400, status);
        Assert.Contains(mentioned, problem.ToString(), StringComparison.Ordinal);
        Assert.Null(await host.Get<SourceOverrideStore>().GetAsync("test-source", CancellationToken.None));
    }

    [Fact]
    public async Task List_ShowsFailingSilentDisabledAndOk()
    {
        await using var host = await StartAsync();
        var state = host.Get<SourceStateStore>();
        var now = host.Time.GetUtcNow();
        await state.SetHealthAsync(new SourceHealth("bbc-world", 3, now, now.AddHours(-2), now.AddHours(-2), "HTTP 503"), CancellationToken.None);
        await state.SetHealthAsync(new SourceHealth("airwars", 0, now, now, now.AddDays(-30), null), CancellationToken.None);
        await state.SetHealthAsync(new SourceHealth("tass-en", 0, now, now, now, null), CancellationToken.None);

        var (status, body) = await ApiCall.InvokeAsync(host, host.Get<SourcesApi>().ListAsync);

        Assert.Equal(200, status);
        var byId = body.GetProperty("sources").EnumerateArray().ToDictionary(s => s.GetProperty("id").GetString()!);
        Assert.Equal("failing", byId["bbc-world"].GetProperty("status").GetString());
        Assert.Equal(3, byId["bbc-world"].GetProperty("consecutive_failures").GetInt32());
        Assert.Equal("silent", byId["airwars"].GetProperty("status").GetString());
        Assert.Equal("ok", byId["tass-en"].GetProperty("status").GetString());
        Assert.Equal("disabled", byId["lb-army-rss"].GetProperty("status").GetString());
        Assert.Equal(JsonValueKindNull, byId["sohr-en"].GetProperty("last_run").ValueKind);
    }

    [Fact]
    public async Task Runs_NewestFirst_WithLimit_UnknownSource404()
    {
        await using var host = await StartAsync();
        var runs = host.Get<RunStore>();
        var t0 = host.Time.GetUtcNow();
        await runs.SaveAsync(new RunRecord { SourceId = "tass-en", RunId = "r1", Started = t0, HttpStatus = 200, ItemsNew = 4 }, CancellationToken.None);
        await runs.SaveAsync(new RunRecord { SourceId = "tass-en", RunId = "r2", Started = t0.AddMinutes(15), HttpStatus = 304, NotModified = true }, CancellationToken.None);
        var api = host.Get<SourcesApi>();

        var (status, body) = await ApiCall.InvokeAsync(host, api.RunsAsync, "tass-en", query: "?max=1");
        var (unknown, _) = await ApiCall.InvokeAsync(host, api.RunsAsync, "no-such-source");
        var (badMax, _) = await ApiCall.InvokeAsync(host, api.RunsAsync, "tass-en", query: "?max=0");

        Assert.Equal(200, status);
        var only = Assert.Single(body.GetProperty("runs").EnumerateArray());
        Assert.Equal("r2", only.GetProperty("run_id").GetString());
        Assert.True(only.GetProperty("not_modified").GetBoolean());
        Assert.Equal(404, unknown);
        Assert.Equal(400, badMax);
    }

    /// <summary>A host on the shipped catalogue (data/sources.json), which these tests read.</summary>
    private Task<ScraperTestHost> StartAsync() =>
        ScraperTestHost.StartAsync(azurite, new Dictionary<string, string?> { ["Sources:CatalogPath"] = Path.Combine(AppContext.BaseDirectory, "data", "sources.json") });

    private const System.Text.Json.JsonValueKind JsonValueKindNull = System.Text.Json.JsonValueKind.Null;
}
