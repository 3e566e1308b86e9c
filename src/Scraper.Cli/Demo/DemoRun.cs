using Microsoft.Extensions.Logging;
using Scraper.Cli.Local;
using Scraper.Diffs;
using Scraper.Polling;
using Scraper.Sources;
using Scraper.Storage;

namespace Scraper.Cli.Demo;

/// <summary>
/// State of one demo run. Each recorded day is replayed once per data folder: time never runs backwards
/// for a store, so a second `scraper demo` re-polls only the last day (which changes nothing: polls are
/// idempotent) and prints the same diff.
/// </summary>
internal sealed class DemoRun : IAsyncDisposable
{
    public static readonly IReadOnlyList<DateOnly> Days = [new(2026, 11, 20), new(2026, 11, 21)];
    private const string ProgressKey = "_demo";

    private readonly ReplayServer _replay;
    private readonly ReplayClock _clock;

    private DemoRun(ReplayServer replay, ReplayClock clock, LocalStorageSession session)
    {
        _replay = replay;
        _clock = clock;
        Session = session;
    }

    public LocalStorageSession Session { get; }

    public static async Task<DemoRun> StartAsync(LogLevel logLevel, CancellationToken cancellationToken)
    {
        var root = RepositoryRoot.FindOrThrow();
        var samples = Path.Combine(root, "samples");
        var replay = await ReplayServer.StartAsync(samples, cancellationToken);
        Console.WriteLine($"Replaying recorded pages from samples/ at {replay.BaseUrl}");
        var catalog = CatalogRewriter.Rewrite(Path.Combine(samples, "demo-sources.json"), replay.BaseUrl, Path.Combine(root, ".azurite", "demo"));
        var clock = new ReplayClock();
        clock.JumpTo(At(Days[0]));
        var settings = new Dictionary<string, string?>
        {
            ["Sources:CatalogPath"] = catalog,
            // Demo data lives beside, not inside, what `scraper run` collects in the same .azurite/.
            ["Storage:NamePrefix"] = "demo",
            // The demo's webhook receiver listens on loopback over plain HTTP; production refuses both.
            ["Webhooks:AllowLoopback"] = "true",
            ["Webhooks:AllowHttp"] = "true",
            // The recorded pages are replayed from loopback too.
            ["Fetching:BlockPrivateNetworks"] = "false",
        };
        var session = await LocalStorageSession.StartAsync(settings, clock, Console.Out, logLevel, cancellationToken);
        return new DemoRun(replay, clock, session);
    }

    public async Task ReplayAsync(CancellationToken cancellationToken)
    {
        var state = Session.Get<SourceStateStore>();
        var done = await state.GetLastDispatchedAsync(ProgressKey, cancellationToken);
        DemoWebhookListener? listener = null;
        try
        {
            for (var i = 0; i < Days.Count; i++)
            {
                var day = Days[i];
                if (done is { } d && DateOnly.FromDateTime(d.UtcDateTime) > day)
                {
                    Console.WriteLine($"Day {i + 1} ({day:yyyy-MM-dd}) was already replayed into this data folder.");
                    continue;
                }

                _clock.JumpTo(At(day));
                _replay.Day = $"day{i + 1}";
                if (i == Days.Count - 1)
                {
                    // Subscribe before the last day so its changes (and day 1's publication) arrive as webhooks.
                    listener = await DemoWebhookListener.StartAsync(Session.Services, cancellationToken);
                }

                await PollAllAsync($"Day {i + 1} ({day:yyyy-MM-dd})", cancellationToken);
                await state.SetLastDispatchedAsync(ProgressKey, At(day), cancellationToken);
            }

            var published = await Session.Get<DiffPublisher>().PublishPendingAsync(null, cancellationToken);
            foreach (var p in published)
            {
                Console.WriteLine($"Published the closed day {p.Date}: {p.Entries.Total} entries in {p.Files.Count} formats (diffs/manifest.json updated)");
            }

            if (listener is not null)
            {
                await QueueHandlers.Create(Session.Services)[1].DrainAsync(cancellationToken);
                Console.WriteLine($"Webhooks: the receiver verified {listener.Received.Count} signed deliveries for day {Days.Count}:");
                foreach (var line in listener.Received.Order(StringComparer.Ordinal))
                {
                    Console.WriteLine("  " + line);
                }
            }
        }
        finally
        {
            if (listener is not null)
            {
                await listener.DisposeAsync();
            }
        }
    }

    public Task PrintDay2Async(CancellationToken cancellationToken) =>
        DiffSummaryPrinter.PrintAsync(Session.Get<DailyDiffService>(), Days[^1], Console.Out, cancellationToken);

    private async Task PollAllAsync(string label, CancellationToken cancellationToken)
    {
        var sources = (await Session.Get<ISourceCatalog>().GetAllAsync(cancellationToken)).Where(s => s.Enabled).ToList();
        Console.WriteLine($"{label}: polling {sources.Count} sources");
        var requests = await Session.Get<PollDispatcher>().DispatchNowAsync(null, cancellationToken);
        var runner = QueueHandlers.Create(Session.Services)[0];
        await runner.DrainAsync(cancellationToken);
        var runs = Session.Get<RunStore>();
        var n = 0;
        foreach (var r in requests)
        {
            var run = (await runs.RecentAsync(r.SourceId, 1, cancellationToken)).FirstOrDefault();
            var line = run is null ? "no run recorded"
                : run.Error is { } e ? $"FAILED: {e}"
                : run.NotModified ? "not modified (304), nothing parsed"
                : $"{run.ItemsNew + run.ItemsChanged + run.ItemsUnchanged} items ({run.ItemsNew} new, {run.ItemsChanged} changed), {run.ClaimChanges} claim changes";
            Console.WriteLine($"  [{++n}/{requests.Count}] {r.SourceId,-28} {line}");
        }
    }

    private static DateTimeOffset At(DateOnly day) => new(day.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);

    public async ValueTask DisposeAsync()
    {
        await Session.DisposeAsync();
        await _replay.DisposeAsync();
    }
}
