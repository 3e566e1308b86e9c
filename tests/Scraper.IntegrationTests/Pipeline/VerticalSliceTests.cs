using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Scraper.Api;
using Scraper.IntegrationTests.Infrastructure;

namespace Scraper.IntegrationTests.Pipeline;

[Collection(AzuriteCollection.Name)]
public sealed class VerticalSliceTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task TwoDaysOfPolling_Day2Diff_HasAddedChangedAndRemoved()
    {
        await using var scenario = await PipelineScenario.StartAsync(azurite);
        Assert.Equal(1, await scenario.RunDueAsync());
        await scenario.SwitchToDay2Async();
        Assert.Equal(1, await scenario.RunDueAsync());

        var diff = await GetDiffAsync(scenario, "2026-11-21");

        var entries = diff.GetProperty("entries").EnumerateArray().ToList();
        var byChange = entries.ToLookup(e => e.GetProperty("change").GetString());
        Assert.Equal("Mosul", Assert.Single(byChange["added"]).GetProperty("claim").GetProperty("place").GetString());
        var changed = Assert.Single(byChange["changed"]);
        Assert.Equal(3, changed.GetProperty("fields").GetProperty("strike_count").GetProperty("before").GetInt32());
        Assert.Equal(4, changed.GetProperty("fields").GetProperty("strike_count").GetProperty("after").GetInt32());
        var removed = Assert.Single(byChange["removed"]);
        Assert.Equal("Hajin", removed.GetProperty("claim").GetProperty("place").GetString());
        Assert.Contains("edited", removed.GetProperty("reason").GetString());
        Assert.True(diff.GetProperty("provisional").GetBoolean());
    }

    [Fact]
    public async Task PollingUnchangedSourceAgain_AddsAndChangesNothing()
    {
        await using var scenario = await PipelineScenario.StartAsync(azurite);
        await scenario.RunDueAsync();
        var before = await GetDiffAsync(scenario, "2026-11-20");

        scenario.Host.Time.Advance(TimeSpan.FromMinutes(15));
        Assert.Equal(1, await scenario.RunDueAsync());
        var after = await GetDiffAsync(scenario, "2026-11-20");

        Assert.Equal(2, before.GetProperty("entries").GetArrayLength());
        Assert.Equal(before.GetProperty("entries").ToString(), after.GetProperty("entries").ToString());
    }

    internal static async Task<JsonElement> GetDiffAsync(PipelineScenario scenario, string date, string query = "")
    {
        var context = new DefaultHttpContext();
        context.Request.RouteValues["date"] = date;
        context.Request.QueryString = new QueryString(query);
        var result = await scenario.Host.Get<DiffApi>().GetDayAsync(context.Request, CancellationToken.None);
        var streamed = Assert.IsType<StreamedResult>(result);
        return JsonDocument.Parse(await streamed.ToBytesAsync(CancellationToken.None)).RootElement.Clone();
    }
}
