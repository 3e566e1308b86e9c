namespace Scraper.Extraction.Lexicons;

/// <summary>data/lexicons/groups.json.</summary>
internal sealed record GroupsFile(string Version, IReadOnlyList<NamedAliases> Groups);
