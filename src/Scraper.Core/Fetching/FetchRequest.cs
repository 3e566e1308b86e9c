using Scraper.Sources;

namespace Scraper.Fetching;

/// <summary>
/// A page to fetch for a source. <paramref name="Conditional"/> sends stored ETag/Last-Modified;
/// <paramref name="IsHtmlPage"/> makes robots.txt apply (feeds are fetched as feeds);
/// <paramref name="Politeness"/> carries the source's overrides (min delay, robots).
/// </summary>
public sealed record FetchRequest(Uri Url, string SourceId, bool Conditional = true, bool IsHtmlPage = false, PolitenessOverrides? Politeness = null)
{
    /// <summary>A request carrying the source's politeness overrides; adapters should build requests with this.</summary>
    public static FetchRequest For(SourceDefinition source, Uri url, bool conditional = true, bool isHtmlPage = false) =>
        new(url, source.Id, conditional, isHtmlPage, source.Politeness);
}
