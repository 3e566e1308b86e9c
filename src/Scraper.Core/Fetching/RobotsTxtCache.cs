using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.Extensions.Options;

namespace Scraper.Fetching;

/// <summary>
/// robots.txt per scheme+host, cached in memory for this process (24 h by default; each Functions
/// instance keeps its own copy, which costs at most one robots.txt request per host per instance a day).
/// 2xx: its rules; 4xx: no restrictions (RFC 9309); 429/5xx/network: everything disallowed for a while.
/// </summary>
public sealed class RobotsTxtCache(IOptions<FetchOptions> options, TimeProvider time)
{
    /// <summary>RFC 9309 lets crawlers stop parsing after 500 KiB.</summary>
    private const int MaxRobotsBytes = 500 * 1024;

    private readonly ConcurrentDictionary<string, Lazy<Task<Entry>>> _entries = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Rules for <paramref name="page"/>'s host; <paramref name="download"/> fetches a robots.txt URL.</summary>
    public async Task<(RobotsRules Rules, string? Problem)> GetAsync(Uri page, Func<Uri, CancellationToken, Task<FetchResult>> download, CancellationToken cancellationToken)
    {
        var key = page.GetLeftPart(UriPartial.Authority);
        while (true)
        {
            var lazy = _entries.GetOrAdd(key, k => new Lazy<Task<Entry>>(() => LoadAsync(new Uri(k + "/robots.txt"), download, cancellationToken)));
            Entry entry;
            try
            {
                entry = await lazy.Value.WaitAsync(cancellationToken);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // The loader belonged to a caller that gave up; load again for this one.
                _entries.TryRemove(KeyValuePair.Create(key, lazy));
                continue;
            }

            if (entry.Expires > time.GetUtcNow())
            {
                return (entry.Rules, entry.Problem);
            }

            _entries.TryRemove(KeyValuePair.Create(key, lazy));
        }
    }

    private async Task<Entry> LoadAsync(Uri robotsUrl, Func<Uri, CancellationToken, Task<FetchResult>> download, CancellationToken cancellationToken)
    {
        var o = options.Value;
        var now = time.GetUtcNow();
        var fetch = await download(robotsUrl, cancellationToken);
        if (fetch.IsSuccess && fetch.Status is { } ok && (int)ok is >= 200 and < 300)
        {
            var bytes = fetch.Body.AsSpan(0, Math.Min(fetch.Body.Length, MaxRobotsBytes));
            return new Entry(RobotsRules.Parse(Encoding.UTF8.GetString(bytes), o.RobotsToken), null, now + o.RobotsCacheDuration);
        }

        if (fetch.Status is { } status && (int)status is >= 400 and < 500 && status != HttpStatusCode.TooManyRequests)
        {
            return new Entry(RobotsRules.AllowAll, null, now + o.RobotsCacheDuration);
        }

        var why = $"robots.txt unavailable ({fetch.Error ?? "HTTP " + (int?)fetch.Status}); HTML pages of this host are not fetched until it can be read";
        return new Entry(RobotsRules.DisallowAll, why, now + o.RobotsFailureCacheDuration);
    }

    private sealed record Entry(RobotsRules Rules, string? Problem, DateTimeOffset Expires);
}
