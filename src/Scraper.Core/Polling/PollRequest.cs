namespace Scraper.Polling;

/// <summary>Message on queue "poll-requests": ids only, details are read from the catalogue.</summary>
public sealed record PollRequest(string SourceId, DateTimeOffset ScheduledUtc, string RunId);
