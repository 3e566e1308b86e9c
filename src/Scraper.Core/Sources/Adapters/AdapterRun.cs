using Scraper.Fetching;
using Scraper.Parsing;
using Scraper.Storage;

namespace Scraper.Sources.Adapters;

/// <summary>
/// Book-keeping shared by adapters for one read: every fetch goes through the fetcher and is recorded
/// (its validators are committed after storage), every fetched body is snapshotted, and the result is
/// either the documents or a failure - never "zero items" for a broken page.
/// </summary>
internal sealed class AdapterRun(IPageFetcher fetcher, ISnapshotStore snapshots, SourceDefinition source)
{
    private readonly List<FetchResult> _fetches = [];
    private bool _anyModified;

    public SourceDefinition Source => source;

    public List<SourceDocument> Documents { get; } = [];

    /// <summary>Positions the poller stores after the documents (never before).</summary>
    public List<AdapterCursor> Cursors { get; } = [];

    public async Task<FetchResult> FetchAsync(Uri url, bool conditional, bool isHtmlPage, CancellationToken cancellationToken)
    {
        var fetch = await fetcher.FetchAsync(new FetchRequest(url, source.Id, conditional, isHtmlPage), cancellationToken);
        _fetches.Add(fetch);
        _anyModified |= fetch.IsSuccess && !fetch.NotModified;
        return fetch;
    }

    /// <summary>Stores the raw body (content-addressed) and returns its hash, the documents' SnapshotHash.</summary>
    public Task<string> SnapshotAsync(FetchResult fetch, CancellationToken cancellationToken) =>
        snapshots.SaveAsync(fetch.Body, fetch.ContentType, cancellationToken);

    public SourceReadResult Fail(string error, FetchResult? fetch = null) =>
        SourceReadResult.Failed(error, (int?)(fetch ?? _fetches.LastOrDefault())?.Status, _fetches);

    public SourceReadResult Succeed() => new()
    {
        Documents = Documents,
        NotModified = !_anyModified && _fetches.Count > 0,
        HttpStatus = (int?)_fetches.FirstOrDefault()?.Status,
        Bytes = _fetches.Sum(f => (long)f.Body.Length),
        Fetches = _fetches,
        Cursors = Cursors,
    };

    /// <summary>The single language of the source, if it has exactly one.</summary>
    public string? Language => source.Languages.Count == 1 ? source.Languages[0] : null;
}
