namespace Scraper.Parsing;

/// <summary>One message of a Telegram channel preview page.</summary>
public sealed record TelegramPost
{
    public required string Channel { get; init; }
    public required long Id { get; init; }
    /// <summary>"channel/id" from data-post: the stable item id.</summary>
    public string ItemId => $"{Channel}/{Id}";
    public string Permalink => $"https://t.me/{Channel}/{Id}";
    /// <summary>UTC, from &lt;time datetime&gt;; null when absent or unreadable.</summary>
    public DateTimeOffset? Published { get; init; }
    /// <summary>The preview marks edited posts with the word "edited" (no edit time is shown).</summary>
    public bool Edited { get; init; }
    public string Text { get; init; } = "";
    public string? ForwardedFrom { get; init; }
    public string? Author { get; init; }
    public IReadOnlyList<string> Links { get; init; } = [];
}

/// <summary>A parsed preview page: its posts (oldest first, as served), the "load older" cursor, or why it is not a usable preview.</summary>
public sealed record TelegramPage(string? ChannelTitle, IReadOnlyList<TelegramPost> Posts, long? Before, string? Unavailable)
{
    public bool IsAvailable => Unavailable is null;
}
