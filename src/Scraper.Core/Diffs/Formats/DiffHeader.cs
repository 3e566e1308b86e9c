namespace Scraper.Diffs.Formats;

/// <summary>What a diff file says about itself besides its entries.</summary>
/// <param name="Date">The UTC day.</param>
/// <param name="Provisional">True while the day is not over and published: entries may still come.</param>
public sealed record DiffHeader(DateOnly Date, bool Provisional);
