using System.Net;
using Scraper.Parsing;

namespace Scraper.Sources.Adapters;

/// <summary>
/// Fetches one article page (conditionally: an unchanged page costs a 304 and yields nothing) and reads
/// its body by selector or generic extraction. A CAPTCHA, an empty page or a selector that matches
/// nothing fails the run; a dead link only skips that item.
/// </summary>
internal static class ArticlePages
{
    public readonly record struct PageRead(SourceDocument? Document, string? Error);

    public static async Task<PageRead> ReadAsync(AdapterRun run, Uri url, SourceDocument seed, ArticlePageOptions options, CancellationToken cancellationToken)
    {
        var fetch = await run.FetchAsync(url, conditional: true, isHtmlPage: true, cancellationToken);
        if (!fetch.IsSuccess)
        {
            // Blocking answers mean the whole source is unreadable now, not that one article vanished.
            return fetch.Status is HttpStatusCode.Forbidden or HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable
                ? new PageRead(null, $"{url}: {fetch.Error}")
                : new PageRead(null, null);
        }

        if (fetch.NotModified)
        {
            return new PageRead(null, null);
        }

        var html = TextDecoding.Decode(fetch.Body, fetch.Charset);
        if (PageCheck.Problem(html) is { } problem)
        {
            return new PageRead(null, $"{url}: {problem}");
        }

        var hash = await run.SnapshotAsync(fetch, cancellationToken);
        var read = Read(html, options);
        if (read.Error is not null)
        {
            return new PageRead(null, $"{url}: {read.Error}");
        }

        return new PageRead(seed with
        {
            Title = seed.Title ?? read.Article!.Title,
            Published = seed.Published ?? read.Article!.Published,
            Text = read.Article!.Text,
            SnapshotHash = hash,
        }, null);
    }

    /// <summary>Pure part: the page's title, date and body by the source's selectors, else generic extraction.</summary>
    public static (ExtractedArticle? Article, string? Error) Read(string html, ArticlePageOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.BodySelector))
        {
            var generic = ArticleExtractor.Extract(html);
            return generic.Text.Length == 0 ? (null, "no article text found") : (generic, null);
        }

        var doc = ArticleExtractor.Load(html);
        var (nodes, error) = HtmlSelector.Select(doc.DocumentNode, options.BodySelector);
        if (error is not null)
        {
            return (null, error);
        }

        var text = string.Join("\n", nodes.Select(HtmlText.ToPlainText).Where(t => t.Length > 0));
        if (text.Length == 0)
        {
            return (null, $"article selector '{options.BodySelector}' matched nothing");
        }

        var meta = ArticleExtractor.Metadata(doc);
        var title = HtmlSelector.FirstText(doc.DocumentNode, options.TitleSelector) ?? meta.Title;
        var published = FeedDates.Parse(HtmlSelector.FirstText(doc.DocumentNode, options.DateSelector, preferDateAttributes: true)) ?? meta.Published;
        return (new ExtractedArticle(title, published, text), null);
    }
}
