namespace Scraper.Fetching;

/// <summary>Remembers ETag/Last-Modified per URL so unchanged pages cost a 304 and no parse.</summary>
public interface IHttpValidatorStore
{
    Task<HttpValidators?> GetAsync(string sourceId, Uri url, CancellationToken cancellationToken);

    Task SetAsync(string sourceId, Uri url, HttpValidators validators, CancellationToken cancellationToken);
}

public sealed record HttpValidators(string? ETag, string? LastModified);
