namespace Scraper.Extraction.Lexicons;

/// <summary>data/lexicons/office-holders.json.</summary>
internal sealed record OfficeHoldersFile(string Version, IReadOnlyList<OfficeHolder> Holders);
