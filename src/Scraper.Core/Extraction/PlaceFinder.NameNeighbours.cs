using System.Text.RegularExpressions;

namespace Scraper.Extraction;

/// <summary>
/// The words around a Latin-script name that say what it names: a place ("the Metina and Gara regions"), or something
/// else named after one (a front sector, a school, the seat of whoever speaks, a border, who holds a town).
/// </summary>
public sealed partial class PlaceFinder
{
    /// <summary>"in the Metina and Gara regions", "in the Barmal area": the noun after the names says each is a place. One flat loop of capitalised words, so no nested backtracking.</summary>
    [GeneratedRegex(@"\G(?:(?:\s*,\s*|\s+)(?:and\s+)?\p{Lu}[\p{L}'’-]+)*\s+(?:regions|areas|villages|towns|provinces|districts)\b|\G\s+(?:area|district)\b")]
    private static partial Regex NamedAreasAfter();

    /// <summary>"the Darnytskyi and Holosiivskyi districts": a city's districts, named by adjectives, not towns.</summary>
    [GeneratedRegex(@"[sczk]k(?:yi|iy|yy|y|ii)$")]
    private static partial Regex CityDistrictAdjective();

    [GeneratedRegex(@"^\s+(?:port|city|town|village|region|province|governorate)\s+of\b", RegexOptions.IgnoreCase)]
    private static partial Regex ModifierOfNextName();

    [GeneratedRegex(@"^\s+(?:school|hospital|mosque|church|clinic|university|college|kindergarten|bakery|stadium|hydroelectric|nuclear\s+power\s+(?:station|plant))\b")]
    private static partial Regex FacilityAfter();

    [GeneratedRegex(@"^\s+(?:said|says|told|reported|announced)\b")]
    private static partial Regex SpeakerSeatAfter();

    [GeneratedRegex(@"^\s+(?:direction|axis|sector|front|напрямку|напрямок|напрямі|направлении|направлению|направление)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AxisWord();

    [GeneratedRegex(@"^\s+(?:border|frontier)\b")]
    private static partial Regex BorderAfter();

    [GeneratedRegex(@"\G\p{Lu}[\p{L}]*-(?:held|controlled|run|occupied)\s+")]
    private static partial Regex ControlModifier();
}
