using System.Text.RegularExpressions;
using Scraper.Geo;

namespace Scraper.Extraction;

/// <summary>
/// The words around a Latin-script name that say what it names: a place ("the Metina and Gara regions"), or something
/// else named after one (a front sector, a school, the seat of whoever speaks, a border, who holds a town).
/// </summary>
public sealed partial class PlaceFinder
{
    /// <summary>
    /// "in Bajil district, east of Hodeidah": a relative location right after a place only says where that place is
    /// (and, for a village GeoNames lacks, in which region: "Lyptsi, about 20 km north of Kharkiv").
    /// </summary>
    private List<PlaceMention> WithoutRelativeLocators(string s, List<PlaceMention> ordered)
    {
        var kept = new List<PlaceMention>();
        for (var i = 0; i < ordered.Count; i++)
        {
            var p = ordered[i];
            // "in the town of Kfar Roummane, on the outskirts of Nabatieh": so does a town it lies near.
            if (i > 0 && ((Apposition().IsMatch(s.AsSpan(ordered[i - 1].End, Math.Max(0, p.Start - ordered[i - 1].End))) && RelativeStart().IsMatch(p.Written))
                || (ordered[i - 1].Entry is not { Level: PlaceLevel.Admin1 or PlaceLevel.Country } && !RelativeStart().IsMatch(ordered[i - 1].Written) && NearGap().IsMatch(s.AsSpan(ordered[i - 1].End, Math.Max(0, p.Start - ordered[i - 1].End))))))
            {
                if (kept.Count > 0 && kept[^1] is { Entry: null, Region: null } unlisted && p.Entry is { } anchor)
                {
                    kept[^1] = unlisted with { Region = resolver.RegionOf(anchor) };
                }

                continue;
            }

            kept.Add(p);
        }

        return kept;
    }

    [GeneratedRegex(@"^\s*,\s*(?:on\s+the\s+outskirts\s+of|not\s+far\s+from)\s+(?:the\s+(?:city|town)\s+of\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex NearGap();

    /// <summary>"attacked Lyptsi, Vovchansk, Kupiansk and Borova": an unknown first name is a place when a town follows it in the same list.</summary>
    private bool ListAheadResolves(string s, int end, PlaceContext context)
    {
        for (var k = 0; k < 8; k++)
        {
            var next = ListNext().Match(s, end);
            var name = next.Success && next.Index == end ? LatinName().Match(s, next.Index + next.Length) : Match.Empty;
            if (!name.Success || name.Index != next.Index + next.Length)
            {
                return false;
            }

            var written = name.Value.TrimEnd('-', ' ');
            if (resolver.Resolve(written, context) is { Level: PlaceLevel.Populated })
            {
                return true;
            }

            end = name.Index + written.Length;
        }

        return false;
    }

    /// <summary>"aircraft operating from the USS Truman in the Red Sea", "freedom of navigation in the Gulf of Aden": a marker after these names no strike place.</summary>
    [GeneratedRegex(@"(?:\b(?:operating|sailing|patrolling|launched)\s+(?:from|off)\s+(?:the\s+)?(?:USS|HMS|aircraft\s+carriers?|carriers?|ships?|warships?|vessels?)\b[^,;]{0,60}|\bfrom\s+(?:the\s+)?(?:USS|HMS|aircraft\s+carriers?|carriers?|warships?|destroyers?)\b[^,;]{0,60}|\b(?:navigation|shipping)\s+)$", RegexOptions.IgnoreCase)]
    private static partial Regex PlatformBefore();

    /// <summary>"the Israel-Hamas war in Gaza", "the aggression against Gaza": where a war goes on, not where a strike hit.</summary>
    [GeneratedRegex(@"\b(?:war|conflict|aggression|genocide|siege|blockade|crisis|ceasefire|truce)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex WarNounBefore();

    /// <summary>"in the Metina and Gara regions", "in the Barmal area": the noun after the names says each is a place. One flat loop of capitalised words, so no nested backtracking.</summary>
    [GeneratedRegex(@"\G(?:(?:\s*,\s*|\s+)(?:and\s+)?\p{Lu}[\p{L}'’-]+)*\s+(?:regions|areas|villages|towns|provinces|districts|communities|hromadas)\b|\G\s+(?:area|district|community|hromada)\b")]
    private static partial Regex NamedAreasAfter();

    /// <summary>"the Darnytskyi and Holosiivskyi districts": a city's districts, named by adjectives, not towns.</summary>
    // Ukrainian romanisation only: a Russian-style "-sky" adjective before "district" ("the Liskinsky district") is a rural district.
    [GeneratedRegex(@"[sczk]k(?:yi|yy|ii)$")]
    private static partial Regex CityDistrictAdjective();

    [GeneratedRegex(@"^\s+(?:(?:port|city|town|village|region|province|governorate)|(?:port|coastal|border|frontline|front-line|resort|industrial)\s+(?:city|town|village|region))\s+of\b", RegexOptions.IgnoreCase)]
    private static partial Regex ModifierOfNextName();

    [GeneratedRegex(@"^\s+(?:school|hospital|mosque|church|clinic|university|college|kindergarten|bakery|stadium|hydroelectric|nuclear\s+power\s+(?:station|plant))\b")]
    private static partial Regex FacilityAfter();

    [GeneratedRegex(@"(?:^|\s)(?:Center|Centre|Institute|Studies|Research|Academy|Council|Agency|Bureau|Committee)$")]
    private static partial Regex InstitutionName();

    [GeneratedRegex(@"^\s+(?:plant|factory|works|enterprise|terminal|company)\b")]
    private static partial Regex UnknownSiteAfter();

    [GeneratedRegex(@"^[\w-]*\s+(?:radars?|air[\s-]+defen[cs]e|anti-aircraft|surface-to-air|missile\s+(?:system|launcher)s?|systems?|launchers?|complex|battery|batteries|howitzers?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EquipmentAfter();

    [GeneratedRegex(@"^\s+(?:said|says|told|reported|announced)\b")]
    private static partial Regex SpeakerSeatAfter();

    [GeneratedRegex(@"^\s+(?:direction|axis|sector|front|напрямку|напрямок|напрямі|направлении|направлению|направление)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AxisWord();

    [GeneratedRegex(@"^\s+(?:border|frontier)\b(?!\s+(?:crossing|post|point|checkpoint|terminal))")]
    private static partial Regex BorderAfter();

    [GeneratedRegex(@"\G\p{Lu}[\p{L}]*-(?:held|controlled|run|occupied)\s+")]
    private static partial Regex ControlModifier();

    /// <summary>"speaking to reporters in Ankara", "told a news conference in Kyiv": where someone spoke, not what was struck.</summary>
    [GeneratedRegex(@"\b(?:speaking|spoke|speaks|told\s+(?:reporters|journalists|a\s+news\s+conference|a\s+briefing)|briefing\s+reporters)(?:\s+[\w-]+){0,3}\s+in\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex SpeakerVenueBefore();

    [GeneratedRegex(@"\G(?<c>\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?)['’]s\s+\p{Lu}[\p{L}'’-]+\s+(?:district|neighbou?rhood|raion)\b")]
    private static partial Regex CityPossessive();

    /// <summary>"Odesa Oblast's Izmail", "Ukraine's Sumy": a region's or country's possessive before a place name.</summary>
    [GeneratedRegex(@"\G(?<r>\p{Lu}[\p{L}-]+(?:\s+(?:Oblast|Region|Province|Governorate))?)['’]s\s+(?=\p{Lu})")]
    private static partial Regex PossessiveRegion();

    [GeneratedRegex(@"^\s+(?:countrysides?|suburbs|province|governorate)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CountrysideWord();
}
