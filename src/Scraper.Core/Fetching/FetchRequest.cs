namespace Scraper.Fetching;

/// <summary>A page to fetch for a source. <paramref name="Conditional"/> sends stored ETag/Last-Modified.</summary>
public sealed record FetchRequest(Uri Url, string SourceId, bool Conditional = true, bool IsHtmlPage = false);
