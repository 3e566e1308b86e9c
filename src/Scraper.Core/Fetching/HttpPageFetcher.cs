using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;

namespace Scraper.Fetching;

/// <summary>
/// The one place outbound page requests are made: per-host spacing and concurrency 1, robots.txt for
/// HTML pages, conditional GET, retries with back-off (Polly), Retry-After, redirects re-checked hop by
/// hop, timeouts, a streaming body cap, and every failure turned into a <see cref="FetchResult"/> with a reason.
/// </summary>
/// <remarks>
/// Resilience is a Polly pipeline around whole attempts (send + body) rather than an HttpClient
/// handler, because the per-host lease, the body cap and the total deadline must span the body
/// stream, which handler-level strategies never see.
/// </remarks>
public sealed partial class HttpPageFetcher : IPageFetcher
{
    public const string ClientName = "fetch";

    private const string AcceptHeader =
        "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/html;q=0.9, text/xml;q=0.8, */*;q=0.5";

    private readonly IHttpClientFactory _clients;
    private readonly HostThrottle _throttle;
    private readonly RobotsTxtCache _robots;
    private readonly IHttpValidatorStore _validators;
    private readonly IOptions<FetchOptions> _options;
    private readonly TimeProvider _time;
    private readonly ILogger<HttpPageFetcher> _logger;
    private readonly ResiliencePipeline<FetchAttempt> _retry;

    public HttpPageFetcher(
        IHttpClientFactory clients,
        HostThrottle throttle,
        RobotsTxtCache robots,
        IHttpValidatorStore validators,
        IOptions<FetchOptions> options,
        TimeProvider time,
        ILogger<HttpPageFetcher> logger)
    {
        _clients = clients;
        _throttle = throttle;
        _robots = robots;
        _validators = validators;
        _options = options;
        _time = time;
        _logger = logger;
        _retry = BuildRetryPipeline(options.Value, throttle, time);
    }

    public async Task<FetchResult> FetchAsync(FetchRequest request, CancellationToken cancellationToken)
    {
        var o = _options.Value;
        var started = _time.GetTimestamp();
        var known = request.Conditional ? await _validators.GetAsync(request.SourceId, request.Url, cancellationToken) : null;
        var obeyRobots = request.IsHtmlPage && (request.Politeness?.ObeyRobotsTxt ?? o.ObeyRobotsTxt);
        var minDelay = request.Politeness?.MinDelay ?? o.MinHostDelay;
        var url = request.Url;
        var visited = new HashSet<string>(StringComparer.Ordinal) { url.AbsoluteUri };
        int requests = 0, redirects = 0;
        CancellationTokenSource? deadline = null;
        FetchResult Fail(string error, HttpStatusCode? status = null)
        {
            LogFailed(_logger, request.SourceId, request.Url, error);
            return FetchResult.Failed(request.Url, error, status) with { FinalUrl = url, Requests = requests, Redirects = redirects, Elapsed = _time.GetElapsedTime(started) };
        }

        try
        {
            while (true)
            {
                if (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)
                {
                    return Fail($"refused to follow a redirect to scheme '{url.Scheme}' ({url})");
                }

                if (_throttle.PausedUntil(url.Authority) is { } until)
                {
                    return Fail($"{url.Authority} asked us to wait until {until:u} (Retry-After); not contacted", HttpStatusCode.TooManyRequests);
                }

                if (obeyRobots)
                {
                    var (rules, problem) = await _robots.GetAsync(url, DownloadRobotsAsync, cancellationToken);
                    if (problem is not null || !rules.IsAllowed(url))
                    {
                        return Fail(problem ?? $"robots.txt of {url.Authority} disallows {url.PathAndQuery}");
                    }
                }

                var hop = await FetchHopAsync(url, known, minDelay, () => deadline ??= new CancellationTokenSource(o.TotalTimeout, _time), cancellationToken);
                requests += hop.Requests;
                var attempt = hop.Attempt;
                if (attempt.RedirectTo is { } next)
                {
                    if (++redirects > o.MaxRedirects)
                    {
                        return Fail($"more than {o.MaxRedirects} redirects (last {url} -> {next})", attempt.Status);
                    }

                    if (!visited.Add(next.AbsoluteUri))
                    {
                        return Fail($"redirect loop: {url} -> {next} was visited before", attempt.Status);
                    }

                    url = next;
                    continue;
                }

                if (attempt.Result is { } result)
                {
                    return result with { RequestedUrl = request.Url, FinalUrl = url, Requests = requests, Redirects = redirects, Elapsed = _time.GetElapsedTime(started) };
                }

                return Fail(DescribeFailure(attempt), attempt.Status);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Fail($"timed out: no complete answer within {o.TotalTimeout.TotalSeconds:0.#} s");
        }
        finally
        {
            deadline?.Dispose();
        }
    }

    /// <summary>Records validators after the body was stored and parsed, so a crash re-downloads.</summary>
    public Task CommitValidatorsAsync(string sourceId, FetchResult result, CancellationToken cancellationToken) =>
        result.ETag is null && result.LastModified is null
            ? Task.CompletedTask
            : _validators.SetAsync(sourceId, result.RequestedUrl, new HttpValidators(result.ETag, result.LastModified), cancellationToken);

    private Task<FetchResult> DownloadRobotsAsync(Uri robotsUrl, CancellationToken cancellationToken) =>
        FetchAsync(new FetchRequest(robotsUrl, "robots.txt", Conditional: false, IsHtmlPage: false), cancellationToken);

    private string DescribeFailure(FetchAttempt attempt)
    {
        if (attempt.RetryAfter is not { } wait || attempt.Status is null)
        {
            return attempt.Error ?? "failed";
        }

        var until = _time.GetUtcNow() + wait;
        _throttle.PauseUntil(attempt.Url.Authority, until);
        return $"{attempt.Error} (Retry-After {wait.TotalSeconds:0} s: {attempt.Url.Authority} paused until {until:u})";
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Fetch for {SourceId} of {Url} failed: {Reason}")]
    private static partial void LogFailed(ILogger logger, string sourceId, Uri url, string reason);
}
