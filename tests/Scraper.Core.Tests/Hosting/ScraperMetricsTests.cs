using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Scraper.Hosting;
using Scraper.Polling;
using Scraper.Storage;

namespace Scraper.Core.Tests.Hosting;

public sealed class ScraperMetricsTests : IDisposable
{
    private readonly ServiceProvider services;
    private readonly ScraperMetrics metrics;
    private readonly MeterListener listener = new();
    private readonly List<(string Instrument, double Value, Dictionary<string, object?> Tags)> measurements = [];

    public ScraperMetricsTests()
    {
        services = new ServiceCollection().AddMetrics().AddSingleton<ScraperMetrics>().BuildServiceProvider();
        metrics = services.GetRequiredService<ScraperMetrics>();
        listener.InstrumentPublished = (instrument, l) =>
        {
            // Only this test's meter instance: other tests may create their own "Scraper" meters in parallel.
            if (instrument.Meter.Name == ScraperMetrics.MeterName && instrument.Meter.Scope == services.GetRequiredService<IMeterFactory>())
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((i, v, tags, _) => Add(i, v, tags));
        listener.SetMeasurementEventCallback<double>((i, v, tags, _) => Add(i, v, tags));
        listener.Start();
    }

    [Fact]
    public void RecordRun_SuccessfulRun_CountsItemsAndClaimsPerSource()
    {
        metrics.RecordRun(new PollOutcome(Run("mod-ua") with { ItemsNew = 3, ItemsUnchanged = 7, Duration = TimeSpan.FromSeconds(2.5) }, 4, 1, 0));

        Assert.Equal(3, Sum("scraper.source.items", ScraperMetrics.StatusTag, "new"));
        Assert.Equal(7, Sum("scraper.source.items", ScraperMetrics.StatusTag, "unchanged"));
        Assert.Equal(4, Sum("scraper.claims.changes", ScraperMetrics.KindTag, "added"));
        Assert.Equal(1, Sum("scraper.claims.changes", ScraperMetrics.KindTag, "changed"));
        Assert.DoesNotContain(measurements, m => m.Instrument == "scraper.source.failures");
        var duration = Assert.Single(measurements, m => m.Instrument == "scraper.source.run.duration");
        Assert.Equal(2.5, duration.Value);
        Assert.Equal("success", duration.Tags[ScraperMetrics.OutcomeTag]);
        Assert.All(measurements, m => Assert.Equal("mod-ua", m.Tags[ScraperMetrics.SourceTag]));
    }

    [Fact]
    public void RecordRun_FailedRun_CountsFailureWithSourceId()
    {
        metrics.RecordRun(new PollOutcome(Run("mod-ru") with { Error = "HTTP 503" }, 0, 0, 0));

        var failure = Assert.Single(measurements, m => m.Instrument == "scraper.source.failures");
        Assert.Equal("mod-ru", failure.Tags[ScraperMetrics.SourceTag]);
        Assert.Equal(1, Sum("scraper.source.runs", ScraperMetrics.OutcomeTag, "failure"));
    }

    [Fact]
    public void RecordRun_NotModified_IsItsOwnOutcome()
    {
        metrics.RecordRun(new PollOutcome(Run("idf") with { NotModified = true }, 0, 0, 0));

        Assert.Equal(1, Sum("scraper.source.runs", ScraperMetrics.OutcomeTag, "not_modified"));
    }

    [Fact]
    public void RecordDispatched_AddsCount()
    {
        metrics.RecordDispatched(12);

        Assert.Equal(12, Assert.Single(measurements, m => m.Instrument == "scraper.dispatch.requests").Value);
    }

    public void Dispose()
    {
        listener.Dispose();
        services.Dispose();
    }

    private static RunRecord Run(string sourceId) => new() { SourceId = sourceId, RunId = sourceId + "-20260820T120000Z" };

    private double Sum(string instrument, string tag, string value) =>
        measurements.Where(m => m.Instrument == instrument && Equals(m.Tags[tag], value)).Sum(m => m.Value);

    private void Add(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var dict = new Dictionary<string, object?>();
        foreach (var tag in tags)
        {
            dict[tag.Key] = tag.Value;
        }

        lock (measurements)
        {
            measurements.Add((instrument.Name, value, dict));
        }
    }
}
