namespace Scraper.Parsing;

/// <summary>CAMEO root code 19 ("fight") event codes, as verbs for the generated report sentence.</summary>
public static class CameoFight
{
    public static string Describe(string eventCode) => eventCode switch
    {
        "190" => "used conventional military force",
        "191" => "imposed a blockade",
        "192" => "occupied territory",
        "193" => "fought with small arms",
        "194" => "fought with artillery and tanks",
        "195" => "struck with aerial weapons",
        "1951" => "struck with precision-guided aerial munitions",
        "1952" => "struck with remotely piloted aerial munitions",
        "196" => "violated a ceasefire",
        _ => "used military force",
    };
}
