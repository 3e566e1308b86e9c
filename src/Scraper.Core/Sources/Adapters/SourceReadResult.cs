using Scraper.Fetching;
using Scraper.Parsing;

namespace Scraper.Sources.Adapters;

/// <summary>What one adapter run produced: documents, or an error that fails the run (never "no items").</summary>
public sealed record SourceReadResult
{
    public IReadOnlyList<SourceDocument> Documents { get; init; } = [];
    /// <summary>Item ids the source positively reports as deleted (not merely scrolled out of a feed).</summary>
    public IReadOnlyList<string> DeletedItemIds { get; init; } = [];
    public string? Error { get; init; }
    /// <summary>Every page was unchanged (304): nothing to parse.</summary>
    public bool NotModified { get; init; }
    public int? HttpStatus { get; init; }
    public long Bytes { get; init; }
    /// <summary>Fetches whose validators are committed once the documents have been stored.</summary>
    public IReadOnlyList<FetchResult> Fetches { get; init; } = [];
    /// <summary>Cursor positions to store once the documents are stored.</summary>
    public IReadOnlyList<AdapterCursor> Cursors { get; init; } = [];

    public bool IsSuccess => Error is null;

    public static SourceReadResult Failed(string error, int? status = null, IReadOnlyList<FetchResult>? fetches = null) =>
        new() { Error = error, HttpStatus = status, Fetches = fetches ?? [] };
}
