using Azure.Core.Pipeline;
using Microsoft.Extensions.DependencyInjection;
using Scraper.IntegrationTests.Infrastructure;
using Scraper.IntegrationTests.Pipeline;

namespace Scraper.IntegrationTests.Diffs;

/// <summary>
/// Kills the day-2 poll after the k-th storage call, for every k, then resumes (the queue retry) and
/// checks the diffs equal those of an uninterrupted run: nothing lost, nothing doubled.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class CrashConsistencyTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task PollInterruptedAfterAnyStorageCall_ResumesToTheUninterruptedDiff()
    {
        var (reference1, reference2, calls) = await RunAsync(failAfter: null);
        Assert.True(calls > 10, $"expected a realistic number of storage calls, saw {calls}");

        for (var k = 0; k < calls; k++)
        {
            var (day1, day2, _) = await RunAsync(failAfter: k);
            Assert.True(reference1 == day1, $"day-1 diff differs after a crash at call {k}");
            Assert.True(reference2 == day2, $"day-2 diff differs after a crash at call {k}:\nexpected {reference2}\nactual   {day2}");
        }
    }

    private async Task<(string Day1, string Day2, int Calls)> RunAsync(int? failAfter)
    {
        var faults = new FaultInjectionPolicy();
        await using var scenario = await PipelineScenario.StartAsync(azurite, configure: s => s.AddSingleton<HttpPipelinePolicy>(faults));
        await scenario.RunDueAsync();
        await scenario.SwitchToDay2Async();
        var calls = 0;
        if (failAfter is { } k)
        {
            faults.Arm(k);
            await Assert.ThrowsAsync<InjectedFaultException>(scenario.RunDueAsync);
            faults.Count();
            // The next timer tick (if the crash hit the dispatcher) and the queue's redelivery of the
            // interrupted message (if it hit the poll) run the work again from the start.
            await scenario.RunDueAsync();
            await scenario.RequeueAndRunAsync();
        }
        else
        {
            faults.Count();
            await scenario.RunDueAsync();
            calls = faults.Calls;
        }

        var day1 = (await VerticalSliceTests.GetDiffAsync(scenario, "2026-11-20")).GetProperty("entries").ToString();
        var day2 = (await VerticalSliceTests.GetDiffAsync(scenario, "2026-11-21")).GetProperty("entries").ToString();
        return (day1, day2, calls);
    }
}
