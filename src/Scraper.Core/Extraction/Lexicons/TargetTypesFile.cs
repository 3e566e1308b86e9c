namespace Scraper.Extraction.Lexicons;

/// <summary>data/lexicons/target-types.json: what kind of object was hit (airfield, energy infrastructure, ...).</summary>
internal sealed record TargetTypesFile(string Version, IReadOnlyList<NamedAliases> TargetTypes);
