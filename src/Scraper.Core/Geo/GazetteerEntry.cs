namespace Scraper.Geo;

/// <summary>One resolvable place: a GeoNames populated place, an admin1 region, a country or a curated alias target.</summary>
/// <param name="EnglishName">Common English name used as place_normalized.</param>
public sealed record GazetteerEntry(
    long? GeonamesId,
    string Name,
    string EnglishName,
    string Country,
    string? Admin1,
    string FeatureCode,
    long Population,
    double Lat,
    double Lon,
    PlaceLevel Level);
