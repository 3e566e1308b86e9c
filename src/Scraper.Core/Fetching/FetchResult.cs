using System.Net;

namespace Scraper.Fetching;

/// <summary>Outcome of one fetch. Expected failures are values: check <see cref="Error"/>.</summary>
public sealed record FetchResult
{
    public required Uri RequestedUrl { get; init; }
    /// <summary>The URL that answered after redirects (e.g. a Telegram contact page instead of /s/).</summary>
    public Uri? FinalUrl { get; init; }
    public HttpStatusCode? Status { get; init; }
    /// <summary>True on 304: nothing downloaded, nothing to parse.</summary>
    public bool NotModified { get; init; }
    public byte[] Body { get; init; } = [];
    public string? ContentType { get; init; }
    /// <summary>Charset from the Content-Type header, if any (decoding happens in Parsing).</summary>
    public string? Charset { get; init; }
    /// <summary>ETag exactly as received (quotes included).</summary>
    public string? ETag { get; init; }
    /// <summary>Last-Modified exactly as received.</summary>
    public string? LastModified { get; init; }
    /// <summary>Why the fetch failed, or null on success (2xx or 304).</summary>
    public string? Error { get; init; }
    public TimeSpan Elapsed { get; init; }
    /// <summary>HTTP requests sent for this fetch (retries and redirect hops included, robots.txt not).</summary>
    public int Requests { get; init; }
    /// <summary>Redirects followed.</summary>
    public int Redirects { get; init; }

    public bool IsSuccess => Error is null;

    public static FetchResult Failed(Uri url, string error, HttpStatusCode? status = null) =>
        new() { RequestedUrl = url, Error = error, Status = status };
}
