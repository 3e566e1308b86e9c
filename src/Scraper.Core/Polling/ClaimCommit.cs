using Scraper.Claims;

namespace Scraper.Polling;

/// <summary>What committing a batch's claims did: the versions made, and every change to (re)write to the change log.</summary>
public sealed record ClaimCommit(IReadOnlyList<ClaimChange> Made, IReadOnlyList<ClaimChange> ToLog);
