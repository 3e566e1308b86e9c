using Microsoft.AspNetCore.Http;

namespace Scraper.Api;

/// <summary>A 200 whose body is written straight to the response stream (flat memory for large days).</summary>
public sealed class StreamedResult(string contentType, string? etag, string cacheControl, Func<Stream, CancellationToken, Task> write) : IResult
{
    public string ContentType => contentType;
    public string? ETag => etag;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = contentType;
        response.Headers.CacheControl = cacheControl;
        if (etag is not null)
        {
            response.Headers.ETag = etag;
        }

        await write(response.Body, httpContext.RequestAborted);
    }

    /// <summary>Writes into memory and returns the bytes (tests, CLI).</summary>
    public async Task<byte[]> ToBytesAsync(CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await write(buffer, cancellationToken);
        return buffer.ToArray();
    }
}
