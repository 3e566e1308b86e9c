namespace Scraper.Parsing;

/// <summary>Outcome of parsing one feed: the feed, or why nothing usable could be read (an expected failure, not an exception).</summary>
public sealed record FeedParseResult(ParsedFeed? Feed, string? Error)
{
    public bool IsSuccess => Feed is not null;

    public static FeedParseResult Ok(ParsedFeed feed) => new(feed, null);

    public static FeedParseResult Fail(string error) => new(null, error);
}
