namespace Scraper.Extraction.Lexicons;

/// <summary>A target group or weapon with its aliases in every language (groups.json, weapons.json).</summary>
public sealed record NamedAliases(string Name, IReadOnlyList<string> Aliases, string? Kind = null);
