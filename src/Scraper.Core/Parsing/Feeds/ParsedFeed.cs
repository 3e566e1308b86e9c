namespace Scraper.Parsing;

/// <summary>A feed as read by <see cref="FeedParser"/>: channel metadata and its items.</summary>
public sealed record ParsedFeed(string? Title, string? Link, IReadOnlyList<FeedItem> Items)
{
    /// <summary>"rss", "rdf", "atom" or "json".</summary>
    public string Format { get; init; } = "rss";
}

/// <summary>One feed item; a missing or unparseable date stays null (never "now").</summary>
public sealed record FeedItem
{
    public required string Id { get; init; }
    public string? Title { get; init; }
    public string? Link { get; init; }
    public DateTimeOffset? Published { get; init; }
    public DateTimeOffset? Updated { get; init; }
    public string? Author { get; init; }
    /// <summary>Teaser as published (may be HTML).</summary>
    public string? Summary { get; init; }
    /// <summary>Full content (HTML) when the feed carries it, else null.</summary>
    public string? ContentHtml { get; init; }
}
