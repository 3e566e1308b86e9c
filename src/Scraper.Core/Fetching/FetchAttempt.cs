using System.Net;

namespace Scraper.Fetching;

/// <summary>One HTTP request's outcome inside a fetch: final, a redirect to follow, or a failure that may be retried.</summary>
internal sealed record FetchAttempt
{
    public required Uri Url { get; init; }
    /// <summary>The host spacing in force, so a retry never comes sooner than a new request would.</summary>
    public TimeSpan MinDelay { get; init; }
    public FetchResult? Result { get; init; }
    public Uri? RedirectTo { get; init; }
    public HttpStatusCode? Status { get; init; }
    public string? Error { get; init; }
    public bool IsTransient { get; init; }
    public TimeSpan? RetryAfter { get; init; }

    public static FetchAttempt Final(Uri url, FetchResult result) => new() { Url = url, Result = result, Status = result.Status };

    public static FetchAttempt Transient(Uri url, TimeSpan minDelay, HttpStatusCode? status, string error, TimeSpan? retryAfter = null) =>
        new() { Url = url, MinDelay = minDelay, Status = status, Error = error, IsTransient = true, RetryAfter = retryAfter };
}
