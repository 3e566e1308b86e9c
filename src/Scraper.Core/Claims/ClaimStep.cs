namespace Scraper.Claims;

/// <summary>
/// One document's effect on one claim within a batch: its support, or the withdrawal of it
/// (<see cref="Support"/> null, with the reason recorded if that removes the claim).
/// </summary>
public sealed record ClaimStep(string DocumentKey, ClaimSupport? Support, string RemovalReason);
