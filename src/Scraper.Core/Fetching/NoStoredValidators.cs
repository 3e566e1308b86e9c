namespace Scraper.Fetching;

/// <summary>
/// Validators for dry runs (`scraper sources try`): nothing is remembered, so every fetch is a full
/// unconditional download and nothing is written anywhere.
/// </summary>
public sealed class NoStoredValidators : IHttpValidatorStore
{
    public Task<HttpValidators?> GetAsync(string sourceId, Uri url, CancellationToken cancellationToken) => Task.FromResult<HttpValidators?>(null);

    public Task SetAsync(string sourceId, Uri url, HttpValidators validators, CancellationToken cancellationToken) => Task.CompletedTask;
}
