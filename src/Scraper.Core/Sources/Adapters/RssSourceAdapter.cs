using System.Xml;
using Scraper.Fetching;
using Scraper.Parsing;
using Scraper.Storage;

namespace Scraper.Sources.Adapters;

/// <summary>
/// RSS/Atom feeds. With option <c>fetch_articles</c> each item's link is fetched and its body
/// extracted (option <c>article_xpath</c>, else generic extraction), for feeds that carry only teasers.
/// </summary>
public sealed class RssSourceAdapter(IPageFetcher fetcher, ISnapshotStore snapshots) : ISourceAdapter
{
    public string Name => "rss";

    public async Task<SourceReadResult> ReadAsync(SourceDefinition source, CancellationToken cancellationToken)
    {
        var documents = new List<SourceDocument>();
        var fetches = new List<FetchResult>();
        long bytes = 0;
        var allNotModified = true;
        foreach (var url in source.Urls)
        {
            var fetch = await fetcher.FetchAsync(new FetchRequest(url, source.Id), cancellationToken);
            fetches.Add(fetch);
            if (!fetch.IsSuccess)
            {
                return SourceReadResult.Failed($"{url}: {fetch.Error}", (int?)fetch.Status, fetches);
            }

            if (fetch.NotModified)
            {
                continue;
            }

            allNotModified = false;
            bytes += fetch.Body.Length;
            var hash = await snapshots.SaveAsync(fetch.Body, fetch.ContentType, cancellationToken);
            ParsedFeed feed;
            try
            {
                feed = FeedParser.Parse(TextDecoding.Decode(fetch.Body, fetch.Charset));
            }
            catch (Exception ex) when (ex is XmlException or FormatException)
            {
                return SourceReadResult.Failed($"{url}: not a readable feed ({ex.Message})", (int?)fetch.Status, fetches);
            }

            foreach (var item in feed.Items)
            {
                documents.Add(await ToDocumentAsync(source, item, hash, fetches, cancellationToken));
            }
        }

        return new SourceReadResult
        {
            Documents = documents,
            NotModified = allNotModified,
            HttpStatus = (int?)fetches.LastOrDefault()?.Status,
            Bytes = bytes + fetches.Skip(source.Urls.Count).Sum(f => (long)f.Body.Length),
            Fetches = fetches,
        };
    }

    private async Task<SourceDocument> ToDocumentAsync(SourceDefinition source, FeedItem item, string feedHash, List<FetchResult> fetches, CancellationToken cancellationToken)
    {
        var text = HtmlText.ToPlainText(item.ContentHtml ?? item.Summary);
        var snapshot = feedHash;
        if (source.GetBool("fetch_articles") && Uri.TryCreate(item.Link, UriKind.Absolute, out var link))
        {
            // Article pages rarely change once published: fetch unconditionally only when new (the
            // ingestor skips unchanged items by content hash, so a conditional GET is enough here).
            var page = await fetcher.FetchAsync(new FetchRequest(link, source.Id, Conditional: false, IsHtmlPage: true), cancellationToken);
            fetches.Add(page);
            if (page.IsSuccess && !page.NotModified)
            {
                snapshot = await snapshots.SaveAsync(page.Body, page.ContentType, cancellationToken);
                var body = ArticleText.Extract(TextDecoding.Decode(page.Body, page.Charset), source.GetString("article_xpath"));
                if (body.Length > 0)
                {
                    text = body;
                }
            }
        }

        return new SourceDocument
        {
            ItemId = item.Id,
            Url = item.Link,
            Title = item.Title is null ? null : HtmlText.ToPlainText(item.Title),
            Published = item.Published,
            Updated = item.Updated,
            Author = item.Author,
            Language = source.Languages.Count == 1 ? source.Languages[0] : null,
            Text = text,
            Summary = item.Summary is null ? null : HtmlText.ToPlainText(item.Summary),
            SnapshotHash = snapshot,
        };
    }
}
