namespace Scraper.Sources.Adapters;

/// <summary>
/// How article pages of a source are read: options <c>article_selector</c> (body), <c>article_title_selector</c>,
/// <c>article_date_selector</c> (CSS or XPath; without a body selector the generic extractor is used) and
/// <c>max_articles</c> (pages fetched per run, default 20).
/// </summary>
internal sealed record ArticlePageOptions(string? BodySelector, string? TitleSelector, string? DateSelector, int MaxArticles)
{
    public static ArticlePageOptions From(SourceDefinition source) => new(
        source.GetString("article_selector") ?? source.GetString("article_xpath"),
        source.GetString("article_title_selector"),
        source.GetString("article_date_selector"),
        Math.Clamp(source.GetInt("max_articles", 20), 1, 500));
}
