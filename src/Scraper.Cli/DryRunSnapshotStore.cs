using System.Security.Cryptography;
using Scraper.Storage;

namespace Scraper.Cli;

/// <summary>
/// For `scraper sources try`: computes the content address a snapshot would get and stores nothing,
/// so the real adapters run unchanged without touching storage.
/// </summary>
internal sealed class DryRunSnapshotStore : ISnapshotStore
{
    public Task<string> SaveAsync(ReadOnlyMemory<byte> body, string? contentType, CancellationToken cancellationToken) =>
        Task.FromResult(Convert.ToHexStringLower(SHA256.HashData(body.Span)));

    public Task<byte[]?> GetAsync(string sha256, CancellationToken cancellationToken) => Task.FromResult<byte[]?>(null);
}
