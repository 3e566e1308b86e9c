namespace Scraper.Geo;

/// <summary>How large an area a gazetteer entry names; drives geo precision and which place wins in a sentence.</summary>
public enum PlaceLevel
{
    Populated = 0,
    Admin1 = 1,
    Country = 2,

    /// <summary>A sea or gulf: in no country (UCDP where_prec 7).</summary>
    Water = 3,
}
