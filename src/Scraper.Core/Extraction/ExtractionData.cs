using Scraper.Extraction.Lexicons;
using Scraper.Geo;

namespace Scraper.Extraction;

/// <summary>
/// The data the extractor needs (lexicons, gazetteer), loaded once per process from the data folder
/// shipped beside the binaries. Broken data is a deployment error, so it throws with every mistake listed.
/// </summary>
public sealed class ExtractionData
{
    private static readonly Lazy<ExtractionData> Shipped = new(() => Load(Path.Combine(AppContext.BaseDirectory, "data")));

    private ExtractionData(LexiconSet lexicons, PlaceResolver places)
    {
        Lexicons = lexicons;
        Places = places;
        Countries = new AliasMatcher<string>(places.Gazetteer.CountryAliases.Select(c => (c.Alias, c.Country)));
    }

    public static ExtractionData Default => Shipped.Value;

    public LexiconSet Lexicons { get; }
    public PlaceResolver Places { get; }

    /// <summary>Country names in all languages → ISO code.</summary>
    public AliasMatcher<string> Countries { get; }

    public static ExtractionData Load(string dataDir)
    {
        var errors = new List<DataFileError>();
        var lexicons = LexiconLoader.Load(Path.Combine(dataDir, "lexicons"), errors);
        var gazetteer = GazetteerLoader.Load(Path.Combine(dataDir, "gazetteer"), errors);
        if (errors.Count > 0 || lexicons is null)
        {
            throw new DataFileException(errors);
        }

        return new ExtractionData(lexicons, new PlaceResolver(gazetteer));
    }
}
