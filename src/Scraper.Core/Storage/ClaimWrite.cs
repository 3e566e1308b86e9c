using Azure;
using Scraper.Claims;

namespace Scraper.Storage;

/// <summary>One claim row to commit: <see cref="Expected"/> is the ETag read (UpdateReplace), or null for a claim believed new (Add).</summary>
public sealed record ClaimWrite(ClaimState State, IReadOnlyList<ClaimChange> Pending, IReadOnlyList<string> Days, ETag? Expected);
