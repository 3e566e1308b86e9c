using Scraper.Fetching;
using Scraper.Parsing;
using Scraper.Storage;

namespace Scraper.Sources.Adapters;

/// <summary>
/// Google News sitemaps as a "last 48 hours" index (option <c>window_hours</c>): new or changed article
/// pages are fetched (conditionally, newest first, at most <c>max_articles</c>) and read as in
/// <see cref="ArticlePageOptions"/>. A sitemap index is followed one level (at most 5 child sitemaps).
/// </summary>
public sealed class SitemapSourceAdapter(IPageFetcher fetcher, ISnapshotStore snapshots, TimeProvider time) : ISourceAdapter
{
    private const int MaxChildSitemaps = 5;

    public string Name => "sitemap";

    public async Task<SourceReadResult> ReadAsync(SourceDefinition source, CancellationToken cancellationToken)
    {
        var run = new AdapterRun(fetcher, snapshots, source);
        var options = ArticlePageOptions.From(source);
        var since = time.GetUtcNow() - TimeSpan.FromHours(Math.Clamp(source.GetInt("window_hours", 48), 1, 24 * 14));
        var pending = new Queue<(Uri Url, int Depth)>(source.Urls.Select(u => (u, 0)));
        var entries = new List<SitemapEntry>();
        var sitemapsRead = 0;
        while (pending.TryDequeue(out var next) && sitemapsRead++ < source.Urls.Count + MaxChildSitemaps)
        {
            var fetch = await run.FetchAsync(next.Url, conditional: true, isHtmlPage: false, cancellationToken);
            if (!fetch.IsSuccess)
            {
                return run.Fail($"{next.Url}: {fetch.Error}", fetch);
            }

            if (fetch.NotModified)
            {
                continue;
            }

            var sitemap = NewsSitemapParser.Parse(TextDecoding.Decode(fetch.Body, fetch.Charset));
            if (sitemap.Error is not null)
            {
                return run.Fail($"{next.Url}: {sitemap.Error}", fetch);
            }

            await run.SnapshotAsync(fetch, cancellationToken);
            entries.AddRange(sitemap.Entries);
            foreach (var child in sitemap.ChildSitemaps.Where(_ => next.Depth == 0))
            {
                if (Uri.TryCreate(child, UriKind.Absolute, out var childUrl))
                {
                    pending.Enqueue((childUrl, 1));
                }
            }
        }

        var recent = entries.Where(e => e.Published is null ? e.IsNews : e.Published >= since)
            .DistinctBy(e => e.Url).OrderByDescending(e => e.Published ?? DateTimeOffset.MaxValue).Take(options.MaxArticles);
        foreach (var entry in recent)
        {
            var seed = new SourceDocument
            {
                ItemId = entry.Url,
                Url = entry.Url,
                Title = entry.Title,
                Published = entry.Published,
                Language = entry.Language ?? run.Language,
            };
            var read = await ArticlePages.ReadAsync(run, new Uri(entry.Url), seed, options, cancellationToken);
            if (read.Error is not null)
            {
                return run.Fail(read.Error);
            }

            if (read.Document is not null)
            {
                run.Documents.Add(read.Document);
            }
        }

        return run.Succeed();
    }
}
