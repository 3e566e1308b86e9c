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
/// Document → claims → storage, in an order that survives a crash at any point:
/// 1. each affected claim: state + version in one transaction (ETag-guarded), then its change-log row;
/// 2. the document row last. Until step 2 the document is reprocessed on the next run; claims already
///    at the computed state are skipped, and a change-log row whose write was interrupted is rewritten
///    under its original, deterministic key.
/// </summary>
public sealed class ClaimIngestor(
    IClaimExtractor extractor,
    ClaimStore claims,
    ChangeLogStore changeLog,
    DocumentStore documents,
    IEnumerable<IClaimChangeSink> sinks,
    TimeProvider time)
{
    public const string ReasonItemEdited = "source item edited: the claim is no longer in its text";
    public const string ReasonItemDeleted = "source item deleted";

    public async Task<IngestOutcome> IngestAsync(SourceDefinition source, SourceDocument document, CancellationToken cancellationToken)
    {
        var key = ClaimIdentity.DocumentKey(document.ItemId);
        var contentHash = ContentHash(document);
        var previous = await documents.GetAsync(source.Id, key, cancellationToken);
        if (previous is { Deleted: false } && previous.ContentHash == contentHash)
        {
            return new IngestOutcome(DocumentStatus.Unchanged, []);
        }

        var now = time.GetUtcNow();
        var published = (document.Published ?? now).UtcDateTime;
        var extracted = extractor.Extract(new ExtractionInput(
            document.Text.Length > 0 ? document.Text : document.Title ?? "",
            DateOnly.FromDateTime(published),
            document.Language,
            source.Kind.ToString().ToLowerInvariant(),
            source.Name));

        // One document may state the same claim twice (headline and body): first mention wins.
        var supported = new Dictionary<string, ClaimSupport>(StringComparer.Ordinal);
        foreach (var claim in extracted)
        {
            var id = ClaimIdentity.ClaimId(ClaimIdentity.MergeKey(claim, DateOnly.FromDateTime(published)));
            supported.TryAdd(id, new ClaimSupport
            {
                SourceId = source.Id,
                SourceKind = source.Kind.ToString().ToLowerInvariant(),
                DocumentKey = key,
                Url = document.Url,
                Published = document.Published,
                SnapshotHash = document.SnapshotHash,
                Fields = claim,
            });
        }

        var changes = new List<ClaimChange>();
        var withdrawn = (previous?.ClaimIds ?? []).Where(id => !supported.ContainsKey(id));
        foreach (var id in supported.Keys.Concat(withdrawn).Order(StringComparer.Ordinal))
        {
            var change = await ApplyAsync(id, key, supported.GetValueOrDefault(id), now, ReasonItemEdited, cancellationToken);
            if (change is not null)
            {
                changes.Add(change);
            }
        }

        await documents.SaveAsync(
            new DocumentRecord
            {
                SourceId = source.Id,
                DocumentKey = key,
                ItemId = document.ItemId,
                Url = document.Url,
                Title = document.Title,
                Published = document.Published,
                Retrieved = now,
                Language = document.Language,
                SnapshotHash = document.SnapshotHash,
                ContentHash = contentHash,
                ClaimIds = supported.Keys.Order(StringComparer.Ordinal).ToList(),
            },
            cancellationToken);

        return new IngestOutcome(previous is null ? DocumentStatus.New : DocumentStatus.Changed, changes);
    }

    /// <summary>Withdraws a deleted item's support from all its claims.</summary>
    public async Task<IReadOnlyList<ClaimChange>> DeleteAsync(string sourceId, string itemId, CancellationToken cancellationToken)
    {
        var key = ClaimIdentity.DocumentKey(itemId);
        var previous = await documents.GetAsync(sourceId, key, cancellationToken);
        if (previous is null || previous.Deleted)
        {
            return [];
        }

        var now = time.GetUtcNow();
        var changes = new List<ClaimChange>();
        foreach (var id in previous.ClaimIds)
        {
            if (await ApplyAsync(id, key, null, now, ReasonItemDeleted, cancellationToken) is { } change)
            {
                changes.Add(change);
            }
        }

        await documents.SaveAsync(previous with { Deleted = true, ClaimIds = [], Retrieved = now }, cancellationToken);
        return changes;
    }

    /// <summary>Optimistic concurrency: another poll may commit the same claim first (409/412); re-read and re-apply.</summary>
    private async Task<ClaimChange?> ApplyAsync(string claimId, string documentKey, ClaimSupport? support, DateTimeOffset now, string reason, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await ApplyOnceAsync(claimId, documentKey, support, now, reason, cancellationToken);
            }
            catch (Azure.Data.Tables.TableTransactionFailedException ex) when (ex.Status is 409 or 412 && attempt < 5)
            {
                // Lost the race for this claim's row: the next attempt sees the winner's state.
            }
        }
    }

    private async Task<ClaimChange?> ApplyOnceAsync(string claimId, string documentKey, ClaimSupport? support, DateTimeOffset now, string reason, CancellationToken cancellationToken)
    {
        var stored = await claims.GetAsync(claimId, cancellationToken);
        var next = ClaimMerger.Apply(stored?.State, claimId, documentKey, support, now, reason);
        if (next is null)
        {
            // Already at the computed state. If this document made that version and the run was
            // interrupted before its change-log row was written, write it now (same key: no duplicate).
            if (stored is { } s && s.State.LastChangedBy == documentKey
                && await claims.GetChangeAsync(claimId, s.State.Version, cancellationToken) is { } pending)
            {
                await changeLog.AppendAsync(pending, cancellationToken);
                await NotifyAsync(pending, cancellationToken);
            }

            return null;
        }

        var (state, change) = next.Value;
        await claims.CommitAsync(state, change, stored?.ETag, cancellationToken);
        await changeLog.AppendAsync(change, cancellationToken);
        await NotifyAsync(change, cancellationToken);
        return change;
    }

    private async Task NotifyAsync(ClaimChange change, CancellationToken cancellationToken)
    {
        foreach (var sink in sinks)
        {
            await sink.OnChangesAsync([change], cancellationToken);
        }
    }

    private string ContentHash(SourceDocument d)
    {
        var text = string.Join('\u001f', d.Title, d.Text, d.Published?.ToString("O", CultureInfo.InvariantCulture), d.Language, extractor.Version);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
