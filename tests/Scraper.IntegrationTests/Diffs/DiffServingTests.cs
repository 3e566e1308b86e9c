using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using CsvHelper;
using Microsoft.AspNetCore.Http;
using Scraper.Api;
using Scraper.Diffs;
using Scraper.Diffs.Formats;
using Scraper.IntegrationTests.Infrastructure;
using Scraper.IntegrationTests.Pipeline;
using Scraper.Storage;

namespace Scraper.IntegrationTests.Diffs;

[Collection(AzuriteCollection.Name)]
public sealed class DiffServingTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task ClosedDay_AfterPublishing_DownloadsAreByteIdenticalAndMatchTheManifest()
    {
        await using var scenario = await TwoDaysAsync();
        var published = await scenario.Host.Get<DiffPublisher>().PublishPendingAsync(null, CancellationToken.None);
        var entry = Assert.Single(published);
        Assert.Equal("2026-11-20", entry.Date);

        foreach (var format in DiffFormats.All)
        {
            var first = await GetAsync(scenario, "2026-11-20", "?format=" + DiffFormats.Name(format));
            var second = await GetAsync(scenario, "2026-11-20", "?format=" + DiffFormats.Name(format));
            Assert.Equal(200, first.Status);
            Assert.Equal(first.Body, second.Body);
            Assert.Contains("immutable", first.CacheControl);

            var file = entry.Files[DiffFormats.Name(format)];
            var blob = await scenario.Host.Storage.Container(StorageNames.DiffsContainer).GetBlobClient(file.Path["diffs/".Length..]).DownloadContentAsync();
            var gz = blob.Value.Content.ToArray();
            Assert.Equal(file.Sha256, Convert.ToHexStringLower(SHA256.HashData(gz)));
            Assert.Equal(file.Bytes, gz.Length);
            Assert.Equal(first.Body, Gunzip(gz));
        }
    }

    [Fact]
    public async Task Publish_MissedDays_AreCaughtUpOnceIncludingEmptyDays()
    {
        await using var scenario = await TwoDaysAsync();
        scenario.Host.Time.Advance(TimeSpan.FromDays(2));
        var publisher = scenario.Host.Get<DiffPublisher>();

        var published = await publisher.PublishPendingAsync(null, CancellationToken.None);
        Assert.Equal(["2026-11-20", "2026-11-21", "2026-11-22"], published.Select(p => p.Date));
        Assert.Equal(0, published[2].Entries.Total);
        Assert.Empty(await publisher.PublishPendingAsync(null, CancellationToken.None));

        var manifest = await scenario.Host.Storage.Container(StorageNames.DiffsContainer).GetBlobClient("manifest.json").DownloadContentAsync();
        Assert.Equal(3, JsonDocument.Parse(manifest.Value.Content.ToString()).RootElement.GetProperty("days").GetArrayLength());
    }

    [Fact]
    public async Task Csv_ReadsBackWithCsvHelper_WithDocumentedColumns()
    {
        await using var scenario = await TwoDaysAsync();
        var response = await GetAsync(scenario, "2026-11-21", "?format=csv");

        using var reader = new CsvReader(new StringReader(System.Text.Encoding.UTF8.GetString(response.Body)), CultureInfo.InvariantCulture);
        Assert.True(await reader.ReadAsync());
        reader.ReadHeader();
        Assert.Equal(CsvDiffWriter.Columns, reader.HeaderRecord);
        var changes = new List<string>();
        while (await reader.ReadAsync())
        {
            changes.Add(reader.GetField("change")!);
        }

        Assert.Equal(["added", "changed", "removed"], changes.Order());
        Assert.StartsWith("text/csv", response.ContentType);
    }

    [Fact]
    public async Task GeoJson_IsAFeatureCollection_AndKeepsEntriesWithoutCoordinates()
    {
        await using var scenario = await TwoDaysAsync();
        var doc = JsonDocument.Parse((await GetAsync(scenario, "2026-11-21", "?format=geojson")).Body).RootElement;

        Assert.Equal("FeatureCollection", doc.GetProperty("type").GetString());
        var features = doc.GetProperty("features").GetArrayLength();
        var unlocated = doc.GetProperty("unlocated").GetArrayLength();
        Assert.Equal(3, features + unlocated);
        foreach (var f in doc.GetProperty("features").EnumerateArray())
        {
            Assert.Equal("Point", f.GetProperty("geometry").GetProperty("type").GetString());
        }
    }

    [Fact]
    public async Task Paging_WithLimit_WalksAllEntriesThenEnds()
    {
        await using var scenario = await TwoDaysAsync();
        var seen = new List<string>();
        var query = "?limit=1";
        for (var i = 0; i < 5; i++)
        {
            var page = JsonDocument.Parse((await GetAsync(scenario, "2026-11-21", query)).Body).RootElement;
            seen.AddRange(page.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("claim_id").GetString()!));
            var token = page.GetProperty("continuation").GetString();
            if (token is null)
            {
                break;
            }

            query = "?limit=1&continuation=" + token;
        }

        Assert.Equal(3, seen.Count);
        Assert.Equal(3, seen.Distinct().Count());
    }

    [Fact]
    public async Task IfNoneMatch_WithCurrentETag_OnClosedDay_Answers304()
    {
        await using var scenario = await TwoDaysAsync();
        await scenario.Host.Get<DiffPublisher>().PublishPendingAsync(null, CancellationToken.None);
        var first = await GetAsync(scenario, "2026-11-20", "");

        var second = await GetAsync(scenario, "2026-11-20", "", first.ETag);

        Assert.False(string.IsNullOrEmpty(first.ETag));
        Assert.Equal(304, second.Status);
        Assert.Empty(second.Body);
        Assert.Equal(200, (await GetAsync(scenario, "2026-11-20", "?format=csv", first.ETag)).Status);
    }

    [Fact]
    public async Task LiveDay_IsNotCachedAndCarriesNoValidator()
    {
        await using var scenario = await TwoDaysAsync();

        var live = await GetAsync(scenario, "2026-11-21", "");

        Assert.Contains("no-cache", live.CacheControl);
        Assert.True(string.IsNullOrEmpty(live.ETag));
    }

    [Theory]
    [InlineData("?change=removed", 1)]
    [InlineData("?change=added,changed", 2)]
    [InlineData("?source=test-command", 3)]
    [InlineData("?source=other", 0)]
    [InlineData("?kind=news", 0)]
    [InlineData("?kind=ministry", 3)]
    public async Task Filters_SelectEntries(string query, int expected)
    {
        await using var scenario = await TwoDaysAsync();
        var doc = JsonDocument.Parse((await GetAsync(scenario, "2026-11-21", query)).Body).RootElement;

        Assert.Equal(expected, doc.GetProperty("entries").GetArrayLength());
    }

    [Theory]
    [InlineData("2026-11-21", "?format=xml", 400, "format")]
    [InlineData("2026-11-21", "?limit=0", 400, "limit")]
    [InlineData("2026-11-21", "?limit=abc", 400, "limit")]
    [InlineData("2026-11-21", "?continuation=bogus", 400, "continuation")]
    [InlineData("2026-11-21", "?change=deleted", 400, "change")]
    [InlineData("2026-11-21", "?country=Syria", 400, "country")]
    [InlineData("2026-11-21", "?colour=red", 400, "colour")]
    [InlineData("2026-11-21", "?format=csv&limit=5", 400, "limit")]
    [InlineData("21-11-2026", "", 400, "date")]
    [InlineData("2026-11-19", "", 404, null)]
    [InlineData("2026-12-24", "", 404, null)]
    public async Task BadRequests_AnswerProblemDetails(string date, string query, int status, string? parameter)
    {
        await using var scenario = await TwoDaysAsync();
        var context = new DefaultHttpContext { RequestServices = scenario.Host.Services };
        context.Request.RouteValues["date"] = date;
        context.Request.QueryString = new QueryString(query);
        context.Response.Body = new MemoryStream();

        var result = await scenario.Host.Get<DiffApi>().GetDayAsync(context.Request, CancellationToken.None);
        await result.ExecuteAsync(context);

        Assert.Equal(status, context.Response.StatusCode);
        context.Response.Body.Position = 0;
        var problem = JsonDocument.Parse(context.Response.Body).RootElement;
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
        if (parameter is not null)
        {
            Assert.Equal(parameter, problem.GetProperty("parameter").GetString());
        }
    }

    private async Task<PipelineScenario> TwoDaysAsync()
    {
        var scenario = await PipelineScenario.StartAsync(azurite);
        await scenario.RunDueAsync();
        await scenario.SwitchToDay2Async();
        await scenario.RunDueAsync();
        return scenario;
    }

    internal static async Task<(int Status, byte[] Body, string? ETag, string CacheControl, string ContentType)> GetAsync(
        PipelineScenario scenario, string date, string query, string? ifNoneMatch = null)
    {
        var context = new DefaultHttpContext { RequestServices = scenario.Host.Services };
        context.Request.RouteValues["date"] = date;
        context.Request.QueryString = new QueryString(query);
        if (ifNoneMatch is not null)
        {
            context.Request.Headers.IfNoneMatch = ifNoneMatch;
        }

        var body = new MemoryStream();
        context.Response.Body = body;
        var result = await scenario.Host.Get<DiffApi>().GetDayAsync(context.Request, CancellationToken.None);
        await result.ExecuteAsync(context);
        return (context.Response.StatusCode, body.ToArray(), context.Response.Headers.ETag.ToString(), context.Response.Headers.CacheControl.ToString(), context.Response.ContentType ?? "");
    }

    private static byte[] Gunzip(byte[] gz)
    {
        using var output = new MemoryStream();
        using (var zip = new GZipStream(new MemoryStream(gz), CompressionMode.Decompress))
        {
            zip.CopyTo(output);
        }

        return output.ToArray();
    }
}
