using System.Text.Json.Serialization;

namespace Scraper.Geo;

/// <summary>data/gazetteer/aliases.json: what GeoNames lacks (schema: aliases.schema.json).</summary>
internal sealed record CuratedAliases(
    [property: JsonPropertyName("version")] string Version,
    [property: JsonPropertyName("countries")] IReadOnlyList<CuratedCountry> Countries,
    [property: JsonPropertyName("admin1")] IReadOnlyList<CuratedAdmin1> Admin1,
    [property: JsonPropertyName("places")] IReadOnlyList<CuratedPlace> Places,
    [property: JsonPropertyName("waters")] IReadOnlyList<CuratedWater>? Waters = null);

internal sealed record CuratedWater(
    [property: JsonPropertyName("english")] string English,
    [property: JsonPropertyName("lat")] double Lat,
    [property: JsonPropertyName("lon")] double Lon,
    [property: JsonPropertyName("aliases")] IReadOnlyList<string> Aliases);

internal sealed record CuratedCountry(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("geonames_id")] long? GeonamesId,
    [property: JsonPropertyName("lat")] double Lat,
    [property: JsonPropertyName("lon")] double Lon,
    [property: JsonPropertyName("aliases")] IReadOnlyList<string> Aliases,
    [property: JsonPropertyName("context_names")] IReadOnlyList<string>? ContextNames = null);

internal sealed record CuratedAdmin1(
    [property: JsonPropertyName("country")] string Country,
    [property: JsonPropertyName("admin1")] string Admin1,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("aliases")] IReadOnlyList<string> Aliases);

internal sealed record CuratedPlace(
    [property: JsonPropertyName("geonames_id")] long? GeonamesId,
    [property: JsonPropertyName("english")] string English,
    [property: JsonPropertyName("aliases")] IReadOnlyList<string> Aliases,
    [property: JsonPropertyName("country")] string? Country = null,
    [property: JsonPropertyName("admin1")] string? Admin1 = null,
    [property: JsonPropertyName("lat")] double? Lat = null,
    [property: JsonPropertyName("lon")] double? Lon = null);
