using System.Buffers;

namespace Scraper.Fetching;

/// <summary>Reads a response body up to a cap, aborting as soon as the cap is passed.</summary>
internal static class CappedBody
{
    /// <summary>
    /// The (already decompressed) body, or null when it exceeds <paramref name="cap"/>; counting the
    /// decompressed bytes is what makes a gzip bomb harmless.
    /// </summary>
    public static async Task<byte[]?> ReadAsync(HttpContent content, long cap, CancellationToken cancellationToken)
    {
        if (content.Headers.ContentLength > cap && content.Headers.ContentEncoding.Count == 0)
        {
            return null;
        }

        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > cap)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.ToArray();
    }
}
