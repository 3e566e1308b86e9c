namespace Scraper.Extraction.Lexicons;

/// <summary>data/lexicons/weapons.json.</summary>
internal sealed record WeaponsFile(string Version, IReadOnlyList<NamedAliases> Weapons);
