namespace Scraper.Extraction.Lexicons;

/// <summary>data/lexicons/actors.json.</summary>
internal sealed record ActorsFile(string Version, IReadOnlyList<ActorEntry> Actors);
