using System.Text;
using System.Text.Json;
using Azure.Core.Pipeline;
using Microsoft.Extensions.DependencyInjection;
using Scraper.Extraction;
using Scraper.IntegrationTests.Infrastructure;
using Scraper.Parsing;
using Scraper.Polling;
using Scraper.Sources;
using Scraper.Storage;

namespace Scraper.IntegrationTests.Polling;

/// <summary>
/// The batch ingest under faults: a day-2 batch where several documents touch the same claim, one item
/// appears twice and items are deleted is killed after the k-th storage call, for every k, then run
/// again. Parts of two items make it cross part boundaries (the next part is read while one is written). The change log (every version, not only the net diff) and the claim rows must equal an
/// uninterrupted run's.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class BatchCrashConsistencyTests(AzuriteFixture azurite)
{
    private static readonly SourceDefinition Source = new() { Id = "batch", Name = "Test Command", Kind = SourceKind.Ministry, Adapter = "rss", Languages = ["en"] };
    private static readonly DateTimeOffset Day1 = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task BatchInterruptedAfterAnyStorageCall_ResumesToTheUninterruptedState()
    {
        var (reference, calls) = await RunAsync(failAfter: null);
        Assert.Contains("\"kind\":\"removed\"", reference, StringComparison.Ordinal);
        Assert.Contains("\"strike_count\":5", reference, StringComparison.Ordinal);
        Assert.DoesNotContain("\"strike_count\":4", reference, StringComparison.Ordinal);
        Assert.True(calls > 5, $"expected several storage calls, saw {calls}");

        for (var k = 0; k < calls; k++)
        {
            var (state, _) = await RunAsync(failAfter: k);
            Assert.True(reference == state, $"state differs after a crash at call {k}:\nexpected {reference}\nactual   {state}");
        }
    }

    [Fact]
    public async Task TwoDocumentsOfOneBatch_SameClaim_MakeTwoVersionsWithHistory()
    {
        await using var host = await ScraperTestHost.StartAsync(azurite, start: Day1);
        var outcome = await host.Get<ClaimIngestor>().IngestBatchAsync(Source, Day1Documents(), [], CancellationToken.None);

        var raqqa = outcome.Changes.Where(c => c.After?.Place == "Raqqa").ToList();
        Assert.Equal([1, 2], raqqa.Select(c => c.Version));
        var stored = await host.Get<ClaimStore>().GetAsync(raqqa[0].ClaimId, CancellationToken.None);
        Assert.Equal(2, stored!.State.Supporters.Count);
        Assert.Equal(2, (await host.Get<ChangeLogStore>().ReadClaimAsync("2026-11-20", raqqa[0].ClaimId, CancellationToken.None)).Count);
        Assert.Equal(3, outcome.New);
    }

    [Fact]
    public async Task RunStoppedBeforeItsChangeLog_AnotherSourceChangesTheClaim_TheFirstVersionIsLoggedToo()
    {
        var faults = new FaultInjectionPolicy();
        await using var host = await ScraperTestHost.StartAsync(azurite, start: Day1, configure: s => s.AddSingleton<HttpPipelinePolicy>(faults));
        var ingestor = host.Get<ClaimIngestor>();
        var text = "Coalition forces conducted 3 strikes near Raqqa against an ISIS weapons cache.";

        // Calls: the document row read, the claim transaction; the change log is never reached.
        faults.Arm(2);
        await Assert.ThrowsAsync<InjectedFaultException>(() => ingestor.IngestBatchAsync(Source, [Doc("a", text, 8)], [], CancellationToken.None));
        faults.Count();
        host.Time.Advance(TimeSpan.FromMinutes(5));
        var other = Source with { Id = "other" };
        var outcome = await ingestor.IngestBatchAsync(other, [Doc("x", text, 7)], [], CancellationToken.None);

        var change = Assert.Single(outcome.Changes);
        Assert.Equal(2, change.Version);
        var logged = await host.Get<ChangeLogStore>().ReadClaimAsync("2026-11-20", change.ClaimId, CancellationToken.None);
        Assert.Equal([1, 2], logged.Select(c => c.Version));
    }

    private async Task<(string State, int Calls)> RunAsync(int? failAfter)
    {
        var faults = new FaultInjectionPolicy();
        await using var host = await ScraperTestHost.StartAsync(azurite, start: Day1, configure: s => s.AddSingleton<HttpPipelinePolicy>(faults));
        var ingestor = new ClaimIngestor(
            host.Get<IClaimExtractor>(), host.Get<ClaimCommitter>(), host.Get<ChangeLogStore>(), host.Get<DocumentStore>(),
            host.Services.GetServices<IClaimChangeSink>(), host.Time) { PartSize = 2 };
        await ingestor.IngestBatchAsync(Source, Day1Documents(), [], CancellationToken.None);
        host.Time.SetUtcNow(Day1.AddDays(1));
        var calls = 0;
        if (failAfter is { } k)
        {
            faults.Arm(k);
            await Assert.ThrowsAsync<InjectedFaultException>(() => ingestor.IngestBatchAsync(Source, Day2Documents(), ["c", "b"], CancellationToken.None));
            faults.Count();
        }
        else
        {
            faults.Count();
        }

        await ingestor.IngestBatchAsync(Source, Day2Documents(), ["c", "b"], CancellationToken.None);
        calls = faults.Calls;
        return (await DescribeAsync(host), calls);
    }

    private static async Task<string> DescribeAsync(ScraperTestHost host)
    {
        var text = new StringBuilder();
        var ids = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var day in new[] { new DateOnly(2026, 11, 20), new DateOnly(2026, 11, 21) })
        {
            await foreach (var change in host.Get<ChangeLogStore>().ReadDayAsync(day, CancellationToken.None))
            {
                text.AppendLine(JsonSerializer.Serialize(change, ScraperJson.Compact));
                ids.Add(change.ClaimId);
            }
        }

        foreach (var id in ids)
        {
            var claim = (await host.Get<ClaimStore>().GetAsync(id, CancellationToken.None))!;
            text.AppendLine(JsonSerializer.Serialize(claim.State, ScraperJson.Compact)).AppendLine(string.Join(',', claim.Days));
        }

        return text.ToString();
    }

    /// <summary>"a" and "b" state the same claim (b published first, so it is the primary); "c" another.</summary>
    private static List<SourceDocument> Day1Documents() =>
    [
        Doc("a", "Coalition forces conducted 3 strikes near Raqqa against an ISIS weapons cache.", 8),
        Doc("b", "Coalition forces conducted 3 strikes near Raqqa against an ISIS weapons cache.", 7),
        Doc("c", "Forces struck a compound near Hajin, killing one militant.", 8),
    ];

    /// <summary>"a" twice in one poll (the last reading counts), "d" and "e" a new claim together; then "c" and "b" deleted.</summary>
    private static List<SourceDocument> Day2Documents() =>
    [
        Doc("a", "Coalition forces conducted 4 strikes near Raqqa against an ISIS weapons cache.", 8),
        Doc("d", "Coalition aircraft conducted 2 strikes near Mosul, destroying a fighting position.", 8),
        Doc("e", "Coalition aircraft conducted 2 strikes near Mosul, destroying a fighting position.", 6),
        Doc("a", "Coalition forces conducted 5 strikes near Raqqa against an ISIS weapons cache.", 8),
    ];

    private static SourceDocument Doc(string id, string text, int hour) => new()
    {
        ItemId = id,
        Url = $"https://mil.example/{id}",
        Published = new DateTimeOffset(2026, 11, 20, hour, 0, 0, TimeSpan.Zero),
        Language = "en",
        Text = text,
    };
}
