namespace Scraper.Sources.Adapters;

/// <summary>
/// A position an adapter wants remembered (e.g. Telegram's last seen post). The poller stores it only
/// after the run's documents are stored, so a crash re-reads instead of skipping posts.
/// </summary>
public sealed record AdapterCursor(string Key, string Value);
