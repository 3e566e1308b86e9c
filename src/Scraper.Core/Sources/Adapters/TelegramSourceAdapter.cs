using System.Globalization;
using System.Text.RegularExpressions;
using Scraper.Fetching;
using Scraper.Parsing;
using Scraper.Storage;

namespace Scraper.Sources.Adapters;

/// <summary>
/// Telegram channel previews (https://t.me/s/&lt;channel&gt;). Reads the newest page, then follows
/// <c>?before=&lt;id&gt;</c> back to the last message seen by the previous run, at most <c>max_pages</c>
/// (default 5) pages. A redirect to the contact page or a page without message widgets fails the run.
/// </summary>
public sealed partial class TelegramSourceAdapter(IPageFetcher fetcher, ISnapshotStore snapshots, IAdapterCursorStore cursors) : ISourceAdapter
{
    private const string LastSeenKey = "telegram-last-id";

    public string Name => "telegram";

    public async Task<SourceReadResult> ReadAsync(SourceDefinition source, CancellationToken cancellationToken)
    {
        var run = new AdapterRun(fetcher, snapshots, source);
        if (source.Urls.Count == 0 || !IsPreviewUrl(source.Urls[0]))
        {
            return run.Fail("telegram source needs a URL of the form https://t.me/s/<channel> (channel: 5-32 of A-Z, a-z, 0-9, _)");
        }

        var baseUrl = new Uri(source.Urls[0].GetLeftPart(UriPartial.Path));
        long? lastSeen = null;
        var maxPages = Math.Clamp(source.GetInt("max_pages", 5), 1, 50);
        var seen = new HashSet<long>();
        Uri? url = baseUrl;
        for (var page = 0; url is not null && page < maxPages; page++)
        {
            var fetch = await run.FetchAsync(url, conditional: page == 0, isHtmlPage: false, cancellationToken);
            if (!fetch.IsSuccess)
            {
                return run.Fail($"{url}: {fetch.Error}", fetch);
            }

            if (fetch.NotModified)
            {
                break;
            }

            if (fetch.FinalUrl is { } final && !final.AbsolutePath.Contains("/s/", StringComparison.Ordinal))
            {
                return run.Fail($"{url}: preview unavailable (redirected to {final})", fetch);
            }

            var parsed = TelegramPreviewParser.Parse(TextDecoding.Decode(fetch.Body, fetch.Charset));
            if (!parsed.IsAvailable)
            {
                return run.Fail($"{url}: {parsed.Unavailable}", fetch);
            }

            if (page == 0)
            {
                // Read after the first page proved usable, so a broken preview fails without touching state.
                lastSeen = long.TryParse(await cursors.GetAsync(source.Id, LastSeenKey, cancellationToken), NumberStyles.None, CultureInfo.InvariantCulture, out var l) ? l : null;
            }

            var hash = await run.SnapshotAsync(fetch, cancellationToken);
            foreach (var post in parsed.Posts.Where(p => seen.Add(p.Id)))
            {
                run.Documents.Add(ToDocument(post, hash, run.Language));
            }

            // Older pages only while the previous run's last message has not been reached; a first run reads one page.
            var oldest = parsed.Posts.Min(p => p.Id);
            url = lastSeen is { } last && oldest > last + 1 ? Before(baseUrl, parsed.Before ?? oldest) : null;
        }

        if (seen.Count > 0 && seen.Max() > (lastSeen ?? 0))
        {
            run.Cursors.Add(new AdapterCursor(LastSeenKey, seen.Max().ToString(CultureInfo.InvariantCulture)));
        }

        return run.Succeed();
    }

    internal static SourceDocument ToDocument(TelegramPost post, string snapshotHash, string? language) => new()
    {
        ItemId = post.ItemId,
        Url = post.Permalink,
        Published = post.Published,
        Author = post.Author,
        Language = language,
        Text = post.Text,
        Summary = post.ForwardedFrom is null ? null : "Forwarded from " + post.ForwardedFrom,
        SnapshotHash = snapshotHash,
    };

    /// <summary>Accepts .../s/&lt;channel&gt; on any host, so the offline demo can replay recorded pages.</summary>
    internal static bool IsPreviewUrl(Uri url) => PreviewPath().IsMatch(url.AbsolutePath);

    private static Uri Before(Uri baseUrl, long id) => new(baseUrl + "?before=" + id.ToString(CultureInfo.InvariantCulture));

    [GeneratedRegex(@"/s/[A-Za-z0-9_]{5,32}/?$")]
    private static partial Regex PreviewPath();
}
