using Azure;
using Scraper.Claims;

namespace Scraper.Storage;

/// <summary>
/// A claim's row as stored: its state and ETag, the changes made by the commit that wrote it
/// (<see cref="Pending"/>: what to log again if that run stopped before its change-log rows), and the
/// UTC days on which it has versions (<see cref="Days"/>: where its history is in the change log).
/// </summary>
public sealed record StoredClaim(ClaimState State, ETag ETag, IReadOnlyList<ClaimChange> Pending, IReadOnlyList<string> Days);
