using Scraper.Geo;

namespace Scraper.Extraction;

/// <summary>
/// A place named in a sentence: as written (with qualifiers such as "40 km southwest of"), its span, the gazetteer
/// entry if resolved, and for unresolved settlements the region the text puts them in.
/// </summary>
public sealed record PlaceMention(string Written, int Start, int End, GazetteerEntry? Entry, int GeoPrecision, bool Strong, bool FromContext = false, GazetteerEntry? Region = null);
