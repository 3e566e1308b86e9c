using System.Security.Cryptography;
using Azure;
using Azure.Storage.Blobs.Models;

namespace Scraper.Storage;

/// <summary>Snapshots in container "snapshots", blob name = sha256 hex; written once (If-None-Match: *).</summary>
public sealed class BlobSnapshotStore(ScraperStorage storage) : ISnapshotStore
{
    public async Task<string> SaveAsync(ReadOnlyMemory<byte> body, string? contentType, CancellationToken cancellationToken)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(body.Span));
        var blob = storage.Container(StorageNames.SnapshotsContainer).GetBlobClient(BlobName(hash));
        try
        {
            await blob.UploadAsync(
                BinaryData.FromBytes(body),
                new BlobUploadOptions
                {
                    Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
                    HttpHeaders = new BlobHttpHeaders { ContentType = contentType ?? "application/octet-stream" },
                },
                cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            // Already stored: identical bodies are kept once.
        }

        return hash;
    }

    public async Task<byte[]?> GetAsync(string sha256, CancellationToken cancellationToken)
    {
        var blob = storage.Container(StorageNames.SnapshotsContainer).GetBlobClient(BlobName(sha256));
        try
        {
            var result = await blob.DownloadContentAsync(cancellationToken);
            return result.Value.Content.ToArray();
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    public static string BlobName(string hash) => $"{hash[..2]}/{hash}";
}
