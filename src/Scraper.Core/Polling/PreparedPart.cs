using Scraper.Claims;
using Scraper.Storage;

namespace Scraper.Polling;

/// <summary>
/// A part of a batch, read and extracted, not yet stored: per item its stored index, content hash, whether
/// it needs work (new, edited, or a deletion of a live item) and the claims it supports now.
/// </summary>
internal sealed record PreparedPart(
    IReadOnlyList<IngestItem> Items,
    IReadOnlyDictionary<string, DocumentIndex> Previous,
    string?[] Hashes,
    bool[] Todo,
    Dictionary<string, ClaimSupport>[] Supported);
