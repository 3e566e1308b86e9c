using Scraper.Geo;

namespace Scraper.Extraction;

/// <summary>A place named in a sentence: as written (with qualifiers such as "40 km southwest of"), its span, and the gazetteer entry if resolved.</summary>
public sealed record PlaceMention(string Written, int Start, int End, GazetteerEntry? Entry, int GeoPrecision, bool Strong, bool FromContext = false);
