namespace Scraper.Geo;

/// <summary>A gazetteer entry that matches a name, with how well the spelling matched (1 = exact after folding).</summary>
public readonly record struct PlaceCandidate(GazetteerEntry Entry, double MatchScore);
