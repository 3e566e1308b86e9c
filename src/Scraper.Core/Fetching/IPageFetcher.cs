namespace Scraper.Fetching;

/// <summary>Fetches pages politely (per-host spacing, robots.txt, caps) and never throws for HTTP failures.</summary>
public interface IPageFetcher
{
    Task<FetchResult> FetchAsync(FetchRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// Stores the response's ETag/Last-Modified once its content has been processed, so a crash
    /// before that point re-downloads instead of skipping on a 304.
    /// </summary>
    Task CommitValidatorsAsync(string sourceId, FetchResult result, CancellationToken cancellationToken);
}
