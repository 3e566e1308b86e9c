using Scraper.Storage;

namespace Scraper.Polling;

/// <summary>Summary of one source poll (also stored as a run record).</summary>
public sealed record PollOutcome(RunRecord Run, int ClaimsAdded, int ClaimsChanged, int ClaimsRemoved);
