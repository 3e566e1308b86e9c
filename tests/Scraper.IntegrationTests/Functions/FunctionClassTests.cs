using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using Scraper.Api;
using Scraper.Functions.Diffs;
using Scraper.Functions.Http;
using Scraper.Functions.Polling;
using Scraper.IntegrationTests.Infrastructure;
using Scraper.IntegrationTests.Pipeline;
using Scraper.Polling;
using Scraper.Storage;

namespace Scraper.IntegrationTests.Functions;

/// <summary>The Functions host cannot run here: function classes are called directly, on real storage.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class FunctionClassTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task DispatchDuePolls_ThenPollSource_StoresClaimsAndMessagesAreBase64Ids()
    {
        await using var scenario = await PipelineScenario.StartAsync(azurite);
        var host = scenario.Host;

        await new DispatchDuePolls(host.Get<PollDispatcher>()).Run(new TimerInfo(), CancellationToken.None);

        var queue = host.Storage.Queue(StorageNames.PollRequestsQueue);
        var raw = new Azure.Storage.Queues.QueueClient(azurite.ConnectionString, queue.Name); // no decoding: see what the host sees
        var peeked = (await raw.PeekMessagesAsync(10)).Value;
        var message = Assert.Single(peeked);
        var decoded = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(message.Body.ToString()));
        var request = JsonSerializer.Deserialize<PollRequest>(decoded, ScraperJson.Compact)!;
        Assert.Equal("test-command", request.SourceId);

        var received = (await queue.ReceiveMessageAsync()).Value;
        await new PollSource(host.Get<PollRequestHandler>()).Run(received.Body.ToString(), CancellationToken.None);

        var diff = await VerticalSliceTests.GetDiffAsync(scenario, "2026-11-20");
        Assert.Equal(2, diff.GetProperty("entries").GetArrayLength());
    }

    [Fact]
    public async Task DispatchDuePolls_SecondTickInSameSlot_EnqueuesNothing()
    {
        await using var scenario = await PipelineScenario.StartAsync(azurite);
        var dispatcher = scenario.Host.Get<PollDispatcher>();

        Assert.Single(await dispatcher.DispatchDueAsync(CancellationToken.None));
        scenario.Host.Time.Advance(TimeSpan.FromMinutes(5));
        Assert.Empty(await dispatcher.DispatchDueAsync(CancellationToken.None));
        scenario.Host.Time.Advance(TimeSpan.FromMinutes(10));
        Assert.Single(await dispatcher.DispatchDueAsync(CancellationToken.None));
    }

    [Fact]
    public async Task PollSource_MalformedMessage_Throws_SoTheHostRetriesAndPoisons()
    {
        await using var host = await ScraperTestHost.StartAsync(azurite);
        var function = new PollSource(host.Get<PollRequestHandler>());

        await Assert.ThrowsAsync<FormatException>(() => function.Run("{not json", CancellationToken.None));
    }

    [Theory]
    [InlineData("2026-13-01")]
    [InlineData("yesterday")]
    [InlineData("2026-11-1")]
    public async Task GetDailyDiff_InvalidDate_Answers400ProblemDetails(string date)
    {
        await using var host = await ScraperTestHost.StartAsync(azurite);
        var (status, body, contentType) = await InvokeAsync(host, new GetDailyDiff(host.Get<DiffApi>()), date);

        Assert.Equal(400, status);
        Assert.StartsWith("application/problem+json", contentType);
        Assert.Equal("date", JsonDocument.Parse(body).RootElement.GetProperty("parameter").GetString());
    }

    [Fact]
    public async Task GetDailyDiff_ValidDay_AnswersJsonDiff()
    {
        await using var scenario = await PipelineScenario.StartAsync(azurite);
        await scenario.RunDueAsync();

        var (status, body, contentType) = await InvokeAsync(scenario.Host, new GetDailyDiff(scenario.Host.Get<DiffApi>()), "2026-11-20");

        Assert.Equal(200, status);
        Assert.StartsWith("application/json", contentType);
        Assert.Equal(2, JsonDocument.Parse(body).RootElement.GetProperty("entries").GetArrayLength());
    }

    private static async Task<(int Status, string Body, string ContentType)> InvokeAsync(ScraperTestHost host, GetDailyDiff function, string date)
    {
        var context = new DefaultHttpContext { RequestServices = host.Services };
        context.Response.Body = new MemoryStream();
        var result = await function.Run(context.Request, date, CancellationToken.None);
        await Assert.IsType<ApiActionResult>(result).ExecuteResultAsync(new ActionContext { HttpContext = context });
        context.Response.Body.Position = 0;
        return (context.Response.StatusCode, await new StreamReader(context.Response.Body).ReadToEndAsync(), context.Response.ContentType ?? "");
    }
}
