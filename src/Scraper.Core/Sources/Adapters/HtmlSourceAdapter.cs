using Scraper.Fetching;
using Scraper.Parsing;
using Scraper.Storage;

namespace Scraper.Sources.Adapters;

/// <summary>
/// HTML listing page + article pages, by selectors (CSS or XPath). Options: <c>item_selector</c> (required),
/// <c>link_selector</c>, <c>title_selector</c>, <c>date_selector</c>; pagination by <c>next_selector</c> or
/// <c>page_url_template</c> (with <c>{page}</c>) up to <c>max_pages</c> (default 1); article pages as in
/// <see cref="ArticlePageOptions"/> unless <c>fetch_articles</c> is false (then the listing text is the document).
/// </summary>
public sealed class HtmlSourceAdapter(IPageFetcher fetcher, ISnapshotStore snapshots) : ISourceAdapter
{
    public string Name => "html";

    public async Task<SourceReadResult> ReadAsync(SourceDefinition source, CancellationToken cancellationToken)
    {
        var run = new AdapterRun(fetcher, snapshots, source);
        if (source.GetString("item_selector") is not { Length: > 0 } itemSelector || source.Urls.Count == 0)
        {
            return run.Fail("html source needs a URL and option item_selector");
        }

        var selectors = new ListingSelectors(itemSelector, source.GetString("link_selector"), source.GetString("title_selector"),
            source.GetString("date_selector"), source.GetString("next_selector"));
        var articles = source.GetBool("fetch_articles", fallback: true) ? ArticlePageOptions.From(source) : null;
        var maxPages = Math.Clamp(source.GetInt("max_pages", 1), 1, 20);
        var template = source.GetString("page_url_template");
        var entries = new List<(ListingEntry Entry, string Hash)>();
        Uri? url = source.Urls[0];
        for (var page = 1; url is not null && page <= maxPages; page++)
        {
            var fetch = await run.FetchAsync(url, conditional: true, isHtmlPage: true, cancellationToken);
            if (!fetch.IsSuccess)
            {
                return run.Fail($"{url}: {fetch.Error}", fetch);
            }

            if (fetch.NotModified)
            {
                break;
            }

            var html = TextDecoding.Decode(fetch.Body, fetch.Charset);
            if (PageCheck.Problem(html) is { } problem)
            {
                return run.Fail($"{url}: {problem}", fetch);
            }

            var listing = ListingParser.Parse(html, fetch.FinalUrl ?? url, selectors);
            if (listing.Error is not null)
            {
                return run.Fail($"{url}: {listing.Error}", fetch);
            }

            var hash = await run.SnapshotAsync(fetch, cancellationToken);
            entries.AddRange(listing.Entries.Select(e => (e, hash)));
            url = template is not null
                ? new Uri(template.Replace("{page}", (page + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal))
                : listing.NextUrl is null ? null : new Uri(listing.NextUrl);
        }

        foreach (var (entry, hash) in entries.DistinctBy(e => e.Entry.Url).Take(articles?.MaxArticles ?? int.MaxValue))
        {
            var document = new SourceDocument
            {
                ItemId = entry.Url,
                Url = entry.Url,
                Title = entry.Title,
                Published = entry.Published,
                Language = run.Language,
                Text = entry.Text,
                SnapshotHash = hash,
            };
            if (articles is not null)
            {
                var read = await ArticlePages.ReadAsync(run, new Uri(entry.Url), document, articles, cancellationToken);
                if (read.Error is not null)
                {
                    return run.Fail(read.Error);
                }

                document = read.Document;
            }

            if (document is not null)
            {
                run.Documents.Add(document);
            }
        }

        return run.Succeed();
    }
}
