using System.Diagnostics;
using System.Text.Json;
using Azure.Data.Tables;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Scraper;
using Scraper.Api;
using Scraper.Claims;
using Scraper.Cli.Local;
using Scraper.Extraction;
using Scraper.Hosting;
using Scraper.Parsing;
using Scraper.Polling;
using Scraper.Sources;
using Scraper.Storage;

// Diff benchmarks (issue 5), all figures from one run against one Azurite:
//  1. ingest: claims stored per second through the real ingestor vs a raw batched-upsert loop of as many entities;
//  2. serving a day of N entries as CSV vs a raw scan of the same partition, with process memory growth.
var ingestCount = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 2000;
var dayEntries = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
var root = RepositoryRoot.FindOrThrow();
await using var azurite = await AzuriteProcess.StartAsync(root, null, Console.Out, CancellationToken.None);
var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
{
    ["Storage:ConnectionString"] = azurite.ConnectionString,
    ["Storage:NamePrefix"] = "bench",
}).Build();
var services = new ServiceCollection().AddLogging().AddScraper(configuration).BuildServiceProvider();
var storage = services.GetRequiredService<ScraperStorage>();
await storage.EnsureCreatedAsync(CancellationToken.None);

// 1. Ingest
var source = new SourceDefinition { Id = "bench", Name = "Bench Command", Kind = SourceKind.Ministry, Adapter = "rss", Languages = ["en"] };
var ingestor = services.GetRequiredService<ClaimIngestor>();
List<SourceDocument> Documents(string prefix, int count, int firstDay) => Enumerable.Range(0, count).Select(i => new SourceDocument
{
    ItemId = $"{prefix}-{i}",
    Published = new DateTimeOffset(2026, 11, 20, 8, 0, 0, TimeSpan.Zero).AddDays(-firstDay - i), // distinct claims: one per day
    Language = "en",
    Text = $"Coalition forces conducted {1 + (i % 5)} strikes near Raqqa against target {i}.",
}).ToList();

// Warm-up (JIT, extractor data, connections) on other claims of another source: the timing is the steady state.
await ingestor.IngestBatchAsync(source with { Id = "warmup" }, Documents("warmup", 500, ingestCount), [], CancellationToken.None);
var docs = Documents("bench", ingestCount, 0);

// One poll's batch through the same entry point SourcePoller uses.
var sw = Stopwatch.StartNew();
var ingested = await ingestor.IngestBatchAsync(source, docs, [], CancellationToken.None);
var ingestSeconds = sw.Elapsed.TotalSeconds;
var claimsStored = ingested.Changes.Count;

// Rows the ingest wrote: a claim row per claim, a change-log row per change, a document row per new or edited document.
var rowsWritten = ingested.Changes.Select(c => c.ClaimId).Distinct().Count() + ingested.Changes.Count + ingested.New + ingested.Changed;

var raw = storage.Table("BenchRaw");
await raw.CreateIfNotExistsAsync();
var payload = new string('x', 900);
sw.Restart();
foreach (var chunk in Enumerable.Range(0, ingestCount).Chunk(100))
{
    await raw.SubmitTransactionAsync(chunk.Select(i => new TableTransactionAction(TableTransactionActionType.UpsertReplace,
        new TableEntity("p", i.ToString("D8", System.Globalization.CultureInfo.InvariantCulture)) { ["Payload"] = payload })));
}

var rawSeconds = sw.Elapsed.TotalSeconds;
Console.WriteLine($"ingest: {claimsStored} claims in {ingestSeconds:F2} s = {claimsStored / ingestSeconds:F0} claims/s; raw batched upsert {ingestCount} entities in {rawSeconds:F2} s = {ingestCount / rawSeconds:F0} entities/s; ratio {claimsStored / ingestSeconds / (ingestCount / rawSeconds):P0}");
Console.WriteLine($"ingest rows: {rowsWritten} written (claim, change-log and document rows) = {rowsWritten / ingestSeconds:F0} rows/s, {rowsWritten / ingestSeconds / (ingestCount / rawSeconds):P0} of the raw loop's entities/s");

// 2. Serving a day with many entries: write the change log rows directly (batched), then compare.
var day = new DateOnly(2026, 11, 21);
var changes = storage.Table(StorageNames.ChangesTable);
var t0 = new DateTimeOffset(2026, 11, 21, 0, 0, 1, TimeSpan.Zero);
foreach (var chunk in Enumerable.Range(0, dayEntries).Chunk(100))
{
    await changes.SubmitTransactionAsync(chunk.Select(i =>
    {
        var change = new ClaimChange
        {
            ClaimId = $"c{i:D24}", Version = 1, Kind = ChangeKind.Added, ChangedAt = t0.AddMilliseconds(i),
            After = new StrikeClaim { Claimant = "Bench Command", Attacker = "Bench Command", Place = "Raqqa", PlaceNormalized = "Raqqa", Country = "SY", Lat = 35.95, Lon = 39.01, EventDate = "2026-11-20", StrikeCount = 3, Evidence = "Coalition forces conducted 3 strikes near Raqqa.", Stance = "claim" },
            SourceIds = ["bench"], SourceKinds = ["ministry"],
        };
        return new TableTransactionAction(TableTransactionActionType.UpsertReplace, new TableEntity("2026-11-21", ChangeLogStore.RowKey(change))
        {
            ["ClaimId"] = change.ClaimId, ["Version"] = 1, ["Kind"] = "Added", ["Change"] = JsonSerializer.Serialize(change, ScraperJson.Compact),
        });
    }));
}

await services.GetRequiredService<DayIndexStore>().MarkSeenAsync(day, CancellationToken.None);
var filter = TableClient.CreateQueryFilter($"PartitionKey eq {"2026-11-21"}");
sw.Restart();
var scanned = 0;
await foreach (var e in changes.QueryAsync<TableEntity>(filter, maxPerPage: 1000))
{
    scanned++;
}

var scanSeconds = sw.Elapsed.TotalSeconds;
var clock = new FixedClock(new DateTimeOffset(2026, 11, 21, 23, 0, 0, TimeSpan.Zero));
var serving = new ServiceCollection().AddLogging().AddSingleton<TimeProvider>(clock).AddScraper(configuration).BuildServiceProvider();
var api = serving.GetRequiredService<DiffApi>();
GC.Collect();
var before = Process.GetCurrentProcess().WorkingSet64;
var peak = before;
using var sampler = new Timer(_ => peak = Math.Max(peak, Process.GetCurrentProcess().WorkingSet64), null, 0, 20);
sw.Restart();
var context = new DefaultHttpContext();
context.Request.RouteValues["date"] = "2026-11-21";
context.Request.QueryString = new QueryString("?format=csv");
var counting = new CountingStream();
context.Response.Body = counting;
await (await api.GetDayAsync(context.Request, CancellationToken.None)).ExecuteAsync(context);
var csvSeconds = sw.Elapsed.TotalSeconds;
Console.WriteLine($"serve: {dayEntries} entries as CSV ({counting.Length / 1024 / 1024} MiB) in {csvSeconds:F2} s; raw scan of {scanned} rows in {scanSeconds:F2} s; ratio {csvSeconds / scanSeconds:F2}x; working set grew {(peak - before) / 1024.0 / 1024.0:F1} MB");

internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}

internal sealed class CountingStream : Stream
{
    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => _length;
    public override long Position { get => _length; set => throw new NotSupportedException(); }
    private long _length;

    public override void Flush() { }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => _length += count;
    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        _length += buffer.Length;
        return ValueTask.CompletedTask;
    }
}
