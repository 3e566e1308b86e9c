namespace Scraper.Geo;

/// <summary>What the surrounding text says about where places are: countries and (country, admin1) regions mentioned.</summary>
public sealed record PlaceContext(IReadOnlySet<string> Countries, IReadOnlySet<(string Country, string Admin1)> Regions)
{
    public static readonly PlaceContext Empty = new(new HashSet<string>(), new HashSet<(string, string)>());
}
