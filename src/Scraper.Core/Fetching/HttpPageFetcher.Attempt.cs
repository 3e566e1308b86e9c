using System.Net;
using Polly;
using Polly.Retry;

namespace Scraper.Fetching;

/// <summary>One hop (one URL): the host's turn, then attempts with retries, then the capped body.</summary>
public sealed partial class HttpPageFetcher
{
    private async Task<(FetchAttempt Attempt, int Requests)> FetchHopAsync(
        Uri url, HttpValidators? known, TimeSpan minDelay, Func<CancellationTokenSource> deadline, CancellationToken cancellationToken)
    {
        // Waiting for the host's turn is bounded only by the caller; the total timeout starts once it is our turn.
        using var lease = await _throttle.AcquireAsync(url.Authority, minDelay, cancellationToken);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline().Token);
        var requests = 0;
        var attempt = await _retry.ExecuteAsync(
            async token =>
            {
                requests++;
                return await AttemptAsync(url, known, minDelay, token);
            },
            linked.Token);
        return (attempt, requests);
    }

    private async ValueTask<FetchAttempt> AttemptAsync(Uri url, HttpValidators? known, TimeSpan minDelay, CancellationToken token)
    {
        var o = _options.Value;
        using var message = new HttpRequestMessage(HttpMethod.Get, url);
        // Validators go back exactly as received (ETag quotes included), never re-formatted.
        if (known?.ETag is { Length: > 0 } etag)
        {
            message.Headers.TryAddWithoutValidation("If-None-Match", etag);
        }

        if (known?.LastModified is { Length: > 0 } lastModified)
        {
            message.Headers.TryAddWithoutValidation("If-Modified-Since", lastModified);
        }

        message.Headers.TryAddWithoutValidation("Accept", AcceptHeader);
        using var attemptTimer = new CancellationTokenSource(o.AttemptTimeout, _time);
        using var attemptToken = CancellationTokenSource.CreateLinkedTokenSource(token, attemptTimer.Token);
        HttpResponseMessage response;
        try
        {
            response = await _clients.CreateClient(ClientName).SendAsync(message, HttpCompletionOption.ResponseHeadersRead, attemptToken.Token);
        }
        catch (OperationCanceledException) when (!token.IsCancellationRequested)
        {
            return FetchAttempt.Transient(url, minDelay, null, $"no response within {o.AttemptTimeout.TotalSeconds:0.#} s");
        }
        catch (HttpRequestException ex) when (Refused(ex) is { } refused)
        {
            return FetchAttempt.Final(url, FetchResult.Failed(url, refused.Message));
        }
        catch (HttpRequestException ex)
        {
            return FetchAttempt.Transient(url, minDelay, null, "unreachable: " + ex.Message);
        }

        using (response)
        {
            return await InterpretAsync(url, response, minDelay, token);
        }
    }

    private async Task<FetchAttempt> InterpretAsync(Uri url, HttpResponseMessage response, TimeSpan minDelay, CancellationToken token)
    {
        var o = _options.Value;
        var status = response.StatusCode;
        var code = (int)status;
        if (status is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable)
        {
            _throttle.Penalise(url.Authority, minDelay, o.MaxHostDelay);
        }
        else if (code < 400)
        {
            _throttle.Relax(url.Authority);
        }

        if (status == HttpStatusCode.NotModified)
        {
            return FetchAttempt.Final(url, new FetchResult { RequestedUrl = url, Status = status, NotModified = true, ETag = Raw(response, "ETag"), LastModified = Raw(response, "Last-Modified") });
        }

        if (code is >= 300 and < 400)
        {
            return response.Headers.Location is { } location
                ? new FetchAttempt { Url = url, Status = status, RedirectTo = new Uri(url, location) }
                : FetchAttempt.Final(url, FetchResult.Failed(url, $"HTTP {code} redirect without a Location header", status));
        }

        if (!response.IsSuccessStatusCode)
        {
            var error = $"HTTP {code} {response.ReasonPhrase}".TrimEnd();
            return status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || code >= 500
                ? FetchAttempt.Transient(url, minDelay, status, error, RetryAfter(response))
                : FetchAttempt.Final(url, FetchResult.Failed(url, error, status));
        }

        byte[]? body;
        try
        {
            body = await CappedBody.ReadAsync(response.Content, o.MaxBodyBytes, token);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException && !token.IsCancellationRequested && ex is not InvalidDataException)
        {
            return FetchAttempt.Transient(url, minDelay, status, "connection broke while reading the body: " + ex.Message);
        }
        catch (InvalidDataException ex)
        {
            return FetchAttempt.Final(url, FetchResult.Failed(url, "body could not be decompressed: " + ex.Message, status));
        }

        if (body is null)
        {
            return FetchAttempt.Final(url, FetchResult.Failed(url, $"body larger than {o.MaxBodyBytes} bytes (download aborted)", status));
        }

        var contentType = response.Content.Headers.ContentType;
        return FetchAttempt.Final(url, new FetchResult
        {
            RequestedUrl = url,
            Status = status,
            Body = body,
            ContentType = contentType?.MediaType,
            Charset = contentType?.CharSet?.Trim('"', '\''),
            ETag = Raw(response, "ETag"),
            LastModified = Raw(response, "Last-Modified"),
        });
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        var wait = header?.Delta ?? (header?.Date is { } date ? date - _time.GetUtcNow() : null);
        if (wait is not { } w)
        {
            return null;
        }

        var cap = _options.Value.MaxRetryAfter;
        return w < TimeSpan.Zero ? TimeSpan.Zero : w > cap ? cap : w;
    }

    private static EgressRefusedException? Refused(Exception? ex)
    {
        for (; ex is not null; ex = ex.InnerException)
        {
            if (ex is EgressRefusedException refused)
            {
                return refused;
            }
        }

        return null;
    }

    private static string? Raw(HttpResponseMessage response, string header) =>
        response.Headers.TryGetValues(header, out var values) || response.Content.Headers.TryGetValues(header, out values)
            ? string.Join(", ", values)
            : null;

    private static ResiliencePipeline<FetchAttempt> BuildRetryPipeline(FetchOptions o, HostThrottle throttle, TimeProvider time)
    {
        var builder = new ResiliencePipelineBuilder<FetchAttempt> { TimeProvider = time };
        if (o.MaxRetries == 0)
        {
            return builder.Build();
        }

        return builder.AddRetry(new RetryStrategyOptions<FetchAttempt>
        {
            MaxRetryAttempts = o.MaxRetries,
            // 408/429/5xx and network errors; a Retry-After longer than we may wait inline ends the fetch instead.
            ShouldHandle = args => ValueTask.FromResult(
                args.Outcome.Result is { IsTransient: true } r && (r.RetryAfter is null || r.RetryAfter <= o.MaxInlineRetryAfter)),
            DelayGenerator = args =>
            {
                var r = args.Outcome.Result!;
                if (r.RetryAfter is { } honoured)
                {
                    return ValueTask.FromResult<TimeSpan?>(honoured);
                }

                // Exponential (base, 2*base, ...) with +-25 % jitter, never sooner than the host's spacing.
                var backoff = o.RetryBaseDelay * Math.Pow(2, args.AttemptNumber) * (0.75 + (Random.Shared.NextDouble() * 0.5));
                var spacing = r.MinDelay > throttle.PenaltyFor(r.Url.Authority) ? r.MinDelay : throttle.PenaltyFor(r.Url.Authority);
                return ValueTask.FromResult<TimeSpan?>(backoff > spacing ? backoff : spacing);
            },
        }).Build();
    }
}
