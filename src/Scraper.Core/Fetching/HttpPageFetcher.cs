using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Scraper.Fetching;

/// <summary>
/// The one place outbound page requests are made: conditional GET, per-host spacing, body cap,
/// and every failure turned into a <see cref="FetchResult"/> with a reason.
/// </summary>
public sealed partial class HttpPageFetcher(
    IHttpClientFactory clients,
    HostThrottle throttle,
    IHttpValidatorStore validators,
    IOptions<FetchOptions> options,
    TimeProvider time,
    ILogger<HttpPageFetcher> logger) : IPageFetcher
{
    public const string ClientName = "fetch";

    public async Task<FetchResult> FetchAsync(FetchRequest request, CancellationToken cancellationToken)
    {
        var opts = options.Value;
        var started = time.GetTimestamp();
        using var lease = await throttle.AcquireAsync(request.Url.Authority, opts.MinHostDelay, cancellationToken);
        using var total = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        total.CancelAfter(opts.TotalTimeout);
        try
        {
            using var message = new HttpRequestMessage(HttpMethod.Get, request.Url);
            HttpValidators? known = request.Conditional ? await validators.GetAsync(request.SourceId, request.Url, cancellationToken) : null;
            if (known?.ETag is { } etag && EntityTagHeaderValue.TryParse(etag, out var tag))
            {
                message.Headers.IfNoneMatch.Add(tag);
            }

            if (known?.LastModified is { } lm && DateTimeOffset.TryParse(lm, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var lmTime))
            {
                message.Headers.IfModifiedSince = lmTime;
            }

            var client = clients.CreateClient(ClientName);
            using var response = await client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, total.Token);
            var elapsed = time.GetElapsedTime(started);
            if (response.StatusCode == HttpStatusCode.NotModified)
            {
                return new FetchResult { RequestedUrl = request.Url, FinalUrl = response.RequestMessage?.RequestUri, Status = response.StatusCode, NotModified = true, Elapsed = elapsed };
            }

            if (!response.IsSuccessStatusCode)
            {
                if (response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable)
                {
                    throttle.Penalise(request.Url.Authority, opts.MinHostDelay, RetryAfter(response), TimeSpan.FromSeconds(60));
                }

                return FetchResult.Failed(request.Url, $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}", response.StatusCode);
            }

            var body = await ReadCappedAsync(response.Content, opts.MaxBodyBytes, total.Token);
            if (body is null)
            {
                return FetchResult.Failed(request.Url, $"body larger than {opts.MaxBodyBytes} bytes", response.StatusCode);
            }

            var result = new FetchResult
            {
                RequestedUrl = request.Url,
                FinalUrl = response.RequestMessage?.RequestUri,
                Status = response.StatusCode,
                Body = body,
                ContentType = response.Content.Headers.ContentType?.MediaType,
                Charset = response.Content.Headers.ContentType?.CharSet,
                ETag = response.Headers.ETag?.ToString(),
                LastModified = response.Content.Headers.LastModified?.ToString("R"),
                Elapsed = time.GetElapsedTime(started),
            };
            return result;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            LogTimeout(logger, request.SourceId, request.Url);
            return FetchResult.Failed(request.Url, $"timed out after {opts.TotalTimeout.TotalSeconds:0} s");
        }
        catch (HttpRequestException ex)
        {
            LogUnreachable(logger, request.SourceId, request.Url, ex.Message);
            return FetchResult.Failed(request.Url, "unreachable: " + ex.Message);
        }
    }

    /// <summary>Records validators after the body was stored and parsed, so a crash re-downloads.</summary>
    public Task CommitValidatorsAsync(string sourceId, FetchResult result, CancellationToken cancellationToken) =>
        result.ETag is null && result.LastModified is null
            ? Task.CompletedTask
            : validators.SetAsync(sourceId, result.RequestedUrl, new HttpValidators(result.ETag, result.LastModified), cancellationToken);

    private static TimeSpan? RetryAfter(HttpResponseMessage response) =>
        response.Headers.RetryAfter?.Delta is { } d ? (d > TimeSpan.FromHours(1) ? TimeSpan.FromHours(1) : d) : null;

    private static async Task<byte[]?> ReadCappedAsync(HttpContent content, long cap, CancellationToken cancellationToken)
    {
        if (content.Headers.ContentLength > cap)
        {
            return null;
        }

        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > cap)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Fetch for {SourceId} timed out: {Url}")]
    private static partial void LogTimeout(ILogger logger, string sourceId, Uri url);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Fetch for {SourceId} failed, {Url} unreachable: {Reason}")]
    private static partial void LogUnreachable(ILogger logger, string sourceId, Uri url, string reason);
}
