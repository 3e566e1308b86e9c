namespace Scraper.Storage;

/// <summary>Raw fetched bodies, content-addressed by SHA-256 so identical bodies are stored once.</summary>
public interface ISnapshotStore
{
    /// <summary>Stores the body if new and returns its lowercase hex SHA-256.</summary>
    Task<string> SaveAsync(ReadOnlyMemory<byte> body, string? contentType, CancellationToken cancellationToken);

    Task<byte[]?> GetAsync(string sha256, CancellationToken cancellationToken);
}
