namespace Scraper.Geo;

/// <summary>
/// What the surrounding text says about where places are: countries and (country, admin1) regions mentioned, and
/// the region of the authority that issued the text (a regional administration's post), whose villages it lists.
/// </summary>
public sealed record PlaceContext(IReadOnlySet<string> Countries, IReadOnlySet<(string Country, string Admin1)> Regions, GazetteerEntry? Home = null)
{
    public static readonly PlaceContext Empty = new(new HashSet<string>(), new HashSet<(string, string)>());
}
