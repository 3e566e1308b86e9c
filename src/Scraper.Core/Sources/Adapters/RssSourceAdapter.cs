using Scraper.Fetching;
using Scraper.Parsing;
using Scraper.Storage;

namespace Scraper.Sources.Adapters;

/// <summary>
/// RSS 0.9x/2.0, RDF, Atom and JSON Feed sources. With option <c>fetch_articles</c> each item's link is
/// fetched and its body extracted (<c>article_selector</c>, CSS or XPath, else generic extraction), for
/// feeds that carry only teasers.
/// </summary>
public sealed class RssSourceAdapter(IPageFetcher fetcher, ISnapshotStore snapshots) : ISourceAdapter
{
    public string Name => "rss";

    public async Task<SourceReadResult> ReadAsync(SourceDefinition source, CancellationToken cancellationToken)
    {
        var run = new AdapterRun(fetcher, snapshots, source);
        var articles = source.GetBool("fetch_articles") ? ArticlePageOptions.From(source) : null;
        foreach (var url in source.Urls)
        {
            var fetch = await run.FetchAsync(url, conditional: true, isHtmlPage: false, cancellationToken);
            if (!fetch.IsSuccess)
            {
                return run.Fail($"{url}: {fetch.Error}", fetch);
            }

            if (fetch.NotModified)
            {
                continue;
            }

            var hash = await run.SnapshotAsync(fetch, cancellationToken);
            var parsed = FeedParser.Parse(fetch.Body, fetch.Charset);
            if (parsed.Feed is not { } feed)
            {
                return run.Fail($"{url}: not a readable feed ({parsed.Error})", fetch);
            }

            foreach (var item in feed.Items.Take(source.GetInt("max_items", 200)))
            {
                var document = FeedDocuments.From(item, hash, run.Language);
                if (articles is not null && Uri.TryCreate(item.Link, UriKind.Absolute, out var link))
                {
                    var page = await ArticlePages.ReadAsync(run, link, document, articles, cancellationToken);
                    if (page.Error is not null)
                    {
                        return run.Fail(page.Error);
                    }

                    // Unchanged or unreachable article: skip it this run rather than store the teaser as a "change".
                    document = page.Document;
                }

                if (document is not null)
                {
                    run.Documents.Add(document);
                }
            }
        }

        return run.Succeed();
    }
}
