using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Scraper.Claims;
using Scraper.Extraction;
using Scraper.Parsing;
using Scraper.Sources;
using Scraper.Storage;

namespace Scraper.Polling;

/// <summary>
/// A poll's documents → claims → storage, batched, in an order that survives a crash at any point:
/// 1. the affected claims (state + the changes made, per bucket transaction, ETag-guarded);
/// 2. their change-log rows (deterministic keys), then the change sinks;
/// 3. the documents' rows last. Until step 3 the batch is reprocessed on the next run; claims already at
///    the computed state are skipped, and change-log rows whose write was interrupted are rewritten from
///    the claim row under their original keys.
/// </summary>
public sealed class ClaimIngestor(
    IClaimExtractor extractor,
    ClaimCommitter committer,
    ChangeLogStore changeLog,
    DocumentStore documents,
    IEnumerable<IClaimChangeSink> sinks,
    TimeProvider time)
{
    public const string ReasonItemEdited = "source item edited: the claim is no longer in its text";
    public const string ReasonItemDeleted = "source item deleted";

    /// <summary>Items per part: parts are stored one after the other, the next one read and extracted meanwhile.</summary>
    internal int PartSize { get; init; } = 500;

    /// <summary>
    /// Ingests a poll's documents, then withdraws its deleted items. An item met more than once counts once,
    /// as its last reading: so re-running the poll after a crash finds every item already stored as it ends.
    /// </summary>
    public async Task<IngestOutcome> IngestBatchAsync(
        SourceDefinition source, IReadOnlyList<SourceDocument> batch, IReadOnlyList<string> deletedItemIds, CancellationToken cancellationToken)
    {
        var items = batch.Select(d => new IngestItem(d.ItemId, d)).Concat(deletedItemIds.Select(id => new IngestItem(id, null))).ToList();
        var last = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var n = 0; n < items.Count; n++)
        {
            last[items[n].Key] = n;
        }

        var parts = items.Where((item, n) => last[item.Key] == n).Chunk(PartSize).Select(c => c.ToList()).ToList();
        var now = time.GetUtcNow();
        var outcome = IngestOutcome.None;
        Task<PreparedPart>? next = null;
        for (var i = 0; i < parts.Count; i++)
        {
            var prepared = await (next ?? PrepareAsync(source, parts[i], now, cancellationToken));
            var storing = StoreAsync(source, prepared, now, cancellationToken);

            // Parts hold different items: reading the next part's rows and extracting its documents may
            // overlap this part's writes. Both are awaited, so no work outlives a failure.
            var following = i + 1 < parts.Count ? parts[i + 1] : null;
            next = following is null ? null : Task.Run(() => PrepareAsync(source, following, now, cancellationToken), cancellationToken);
            await Task.WhenAll(storing, next ?? Task.CompletedTask);
            outcome = outcome.Add(await storing);
        }

        return outcome;
    }

    private async Task<PreparedPart> PrepareAsync(SourceDefinition source, List<IngestItem> items, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var previous = await documents.GetManyAsync(source.Id, items.Select(i => i.Key).ToList(), cancellationToken);
        var hashes = items.Select(i => i.Document is { } d ? ContentHash(d) : null).ToArray();
        var todo = items.Select((item, n) => item.Document is null
            ? previous.GetValueOrDefault(item.Key) is { Deleted: false }
            : !(previous.GetValueOrDefault(item.Key) is { Deleted: false } p && p.ContentHash == hashes[n])).ToArray();
        return new PreparedPart(items, previous, hashes, todo, Extract(source, items, todo, now, cancellationToken));
    }

    /// <summary>Claims (state + versions), then their change-log rows and the sinks, then the documents' rows.</summary>
    private async Task<IngestOutcome> StoreAsync(SourceDefinition source, PreparedPart part, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var plans = new Dictionary<string, List<ClaimStep>>(StringComparer.Ordinal);
        var records = new List<DocumentRecord>();
        int created = 0, edited = 0;
        for (var n = 0; n < part.Items.Count; n++)
        {
            if (!part.Todo[n])
            {
                continue;
            }

            var (item, before, supports) = (part.Items[n], part.Previous.GetValueOrDefault(part.Items[n].Key), part.Supported[n]);
            var withdrawn = (before?.ClaimIds ?? []).Where(id => !supports.ContainsKey(id));
            var reason = item.Document is null ? ReasonItemDeleted : ReasonItemEdited;
            foreach (var id in supports.Keys.Concat(withdrawn).Order(StringComparer.Ordinal))
            {
                if (!plans.TryGetValue(id, out var steps))
                {
                    plans[id] = steps = [];
                }

                steps.Add(new ClaimStep(item.Key, supports.GetValueOrDefault(id), reason));
            }

            records.Add(Record(source.Id, item, part.Hashes[n] ?? before!.ContentHash, now, supports.Keys));
            created += item.Document is not null && before is null ? 1 : 0;
            edited += item.Document is not null && before is not null ? 1 : 0;
        }

        var commit = await committer.CommitAsync(plans, part.Previous.Values.SelectMany(p => p.ClaimIds), now, cancellationToken);
        if (commit.ToLog.Count > 0)
        {
            await changeLog.AppendManyAsync(commit.ToLog, cancellationToken);
            foreach (var sink in sinks)
            {
                await sink.OnChangesAsync(commit.ToLog, cancellationToken);
            }
        }

        await documents.SaveManyAsync(records, cancellationToken);
        var unchanged = part.Items.Count(i => i.Document is not null) - created - edited;
        return new IngestOutcome(created, edited, unchanged, commit.Made);
    }

    /// <summary>The claims each new or edited document supports now (pure CPU work, spread over the cores).</summary>
    private Dictionary<string, ClaimSupport>[] Extract(SourceDefinition source, List<IngestItem> items, bool[] todo, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, ClaimSupport>[items.Count];
        Parallel.For(0, items.Count, new ParallelOptions { CancellationToken = cancellationToken }, n =>
        {
            result[n] = todo[n] && items[n].Document is { } d ? Supports(source, items[n].Key, d, now) : new(StringComparer.Ordinal);
        });
        return result;
    }

    private Dictionary<string, ClaimSupport> Supports(SourceDefinition source, string key, SourceDocument document, DateTimeOffset now)
    {
        var published = (document.Published ?? now).UtcDateTime;
        var kind = source.Kind.ToString().ToLowerInvariant();
        var extracted = extractor.Extract(new ExtractionInput(
            document.Text.Length > 0 ? document.Text : document.Title ?? "",
            DateOnly.FromDateTime(published),
            document.Language,
            kind,
            source.Name));

        // One document may state the same claim twice (headline and body): first mention wins.
        var supported = new Dictionary<string, ClaimSupport>(StringComparer.Ordinal);
        foreach (var claim in extracted)
        {
            var id = ClaimIdentity.ClaimId(ClaimIdentity.MergeKey(claim, DateOnly.FromDateTime(published)));
            supported.TryAdd(id, new ClaimSupport
            {
                SourceId = source.Id,
                SourceKind = kind,
                DocumentKey = key,
                Url = document.Url,
                Published = document.Published,
                SnapshotHash = document.SnapshotHash,
                Fields = claim,
            });
        }

        return supported;
    }

    private static DocumentRecord Record(string sourceId, IngestItem item, string contentHash, DateTimeOffset now, IEnumerable<string> claimIds) => new()
    {
        SourceId = sourceId,
        DocumentKey = item.Key,
        ItemId = item.ItemId,
        Url = item.Document?.Url,
        Title = item.Document?.Title,
        Published = item.Document?.Published,
        Retrieved = now,
        Language = item.Document?.Language,
        SnapshotHash = item.Document?.SnapshotHash,
        ContentHash = contentHash,
        ClaimIds = claimIds.Order(StringComparer.Ordinal).ToList(),
        Deleted = item.Document is null,
    };

    private string ContentHash(SourceDocument d)
    {
        var text = string.Join('\u001f', d.Title, d.Text, d.Published?.ToString("O", CultureInfo.InvariantCulture), d.Language, extractor.Version);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
