namespace Scraper.Storage;

/// <summary>What the ingestor needs of a document's stored row: was it seen with this content, and which claims did it support.</summary>
public sealed record DocumentIndex(string DocumentKey, string ContentHash, IReadOnlyList<string> ClaimIds, bool Deleted);
