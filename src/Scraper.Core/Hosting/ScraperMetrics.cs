using System.Diagnostics.Metrics;
using Scraper.Polling;

namespace Scraper.Hosting;

/// <summary>
/// Scraper's own metrics on the Meter "Scraper": what each source run produced and how long it took,
/// tagged with the source id so a failing or silent source stands out per source in any OpenTelemetry
/// backend (Application Insights customMetrics in Azure). Record once per finished run.
/// </summary>
public sealed class ScraperMetrics
{
    public const string MeterName = "Scraper";

    public const string SourceTag = "scraper.source.id";
    public const string OutcomeTag = "scraper.run.outcome";
    public const string StatusTag = "scraper.item.status";
    public const string KindTag = "scraper.claim.change";

    private readonly Counter<long> runs;
    private readonly Counter<long> failures;
    private readonly Histogram<double> runDuration;
    private readonly Counter<long> items;
    private readonly Counter<long> claimChanges;
    private readonly Counter<long> dispatched;

    public ScraperMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        runs = meter.CreateCounter<long>("scraper.source.runs", "{run}", "Source polls finished, by outcome (success, not_modified, failure).");
        failures = meter.CreateCounter<long>("scraper.source.failures", "{run}", "Source polls that ended in an expected failure (unreachable, broken feed).");
        runDuration = meter.CreateHistogram<double>("scraper.source.run.duration", "s", "Wall time of one source poll: fetch, parse, extract, store.");
        items = meter.CreateCounter<long>("scraper.source.items", "{item}", "Items read from sources, by status (new, changed, unchanged).");
        claimChanges = meter.CreateCounter<long>("scraper.claims.changes", "{claim}", "Claim changes written, by kind (added, changed, removed).");
        dispatched = meter.CreateCounter<long>("scraper.dispatch.requests", "{request}", "Poll requests put on the poll queue by the dispatcher.");
    }

    /// <summary>Records one finished source run (success or expected failure).</summary>
    public void RecordRun(PollOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var run = outcome.Run;
        var source = new KeyValuePair<string, object?>(SourceTag, run.SourceId);
        var result = new KeyValuePair<string, object?>(OutcomeTag, OutcomeOf(outcome));

        runs.Add(1, source, result);
        runDuration.Record(run.Duration.TotalSeconds, source, result);
        if (!run.Succeeded)
        {
            failures.Add(1, source);
        }

        AddIfAny(items, run.ItemsNew, source, new(StatusTag, "new"));
        AddIfAny(items, run.ItemsChanged, source, new(StatusTag, "changed"));
        AddIfAny(items, run.ItemsUnchanged, source, new(StatusTag, "unchanged"));
        AddIfAny(claimChanges, outcome.ClaimsAdded, source, new(KindTag, "added"));
        AddIfAny(claimChanges, outcome.ClaimsChanged, source, new(KindTag, "changed"));
        AddIfAny(claimChanges, outcome.ClaimsRemoved, source, new(KindTag, "removed"));
    }

    /// <summary>Records how many poll requests one dispatcher tick enqueued.</summary>
    public void RecordDispatched(int count) => dispatched.Add(count);

    private static string OutcomeOf(PollOutcome outcome) =>
        !outcome.Run.Succeeded ? "failure" : outcome.Run.NotModified ? "not_modified" : "success";

    // Zero-valued points would only add series; a counter that never moves reads as zero anyway.
    private static void AddIfAny(Counter<long> counter, int value, KeyValuePair<string, object?> source, KeyValuePair<string, object?> tag)
    {
        if (value > 0)
        {
            counter.Add(value, source, tag);
        }
    }
}
