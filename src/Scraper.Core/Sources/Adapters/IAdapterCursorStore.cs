namespace Scraper.Sources.Adapters;

/// <summary>
/// Small per-source state an adapter keeps between runs (e.g. the last Telegram message id seen), so
/// pagination can stop where the previous run ended.
/// </summary>
public interface IAdapterCursorStore
{
    Task<string?> GetAsync(string sourceId, string key, CancellationToken cancellationToken);

    Task SetAsync(string sourceId, string key, string value, CancellationToken cancellationToken);
}
