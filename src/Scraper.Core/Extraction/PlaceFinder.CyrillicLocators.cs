using System.Text.RegularExpressions;
using Scraper.Geo;

namespace Scraper.Extraction;

/// <summary>Russian and Ukrainian names that only say where another place lies: a compass part, a junction of regions, a street, a city's district, the district of a village named after it.</summary>
public sealed partial class PlaceFinder
{
    /// <summary>
    /// A province or a compass phrase after a town only says where it is ("Кансафры на юге Идлиба", "Эс-Сухны на востоке
    /// провинции Хомс"), and so do the provinces a place lies between ("на стыке провинций Дейр-эз-Зор и Ракка").
    /// </summary>
    private static List<PlaceMention> WithoutCyrillicLocators(string s, List<PlaceMention> ordered) =>
        ordered.Where(p => !ordered.Any(o => o != p && o.End < p.Start && o.Entry is not { Level: PlaceLevel.Admin1 } && CyrillicLocatingGap().IsMatch(s.AsSpan(o.End, p.Start - o.End)))
            && !JunctionBefore().IsMatch(s.AsSpan(0, p.Start))
            // "на Ленинградской улице", "на улице Ленина": a street, not the oblast or a town.
            && !StreetAfter().IsMatch(s.AsSpan(p.End)) && !StreetBefore().IsMatch(Tail(s, p.Start))
            // "в Воронеже, в Левобережном районе": a city's district; "В Острогожском районе ... в селе Коротояк": the
            // district only says where the village named after it lies.
            && !(DistrictAfter().IsMatch(s.AsSpan(p.End)) && ordered.Any(o => o != p
                && ((o.End < p.Start && o.Entry is { Level: PlaceLevel.Populated } && CityDistrictGap().IsMatch(s.AsSpan(o.End, p.Start - o.End)))
                    // "В Харькове ракета попала в дом в Киевском районе": an oblast's district is named after a town in
                    // it, so one named after a place elsewhere is a district of the city named before.
                    || (o.End < p.Start && o.Entry is { Level: PlaceLevel.Populated } city && p.Entry is { } named && DistrictOfCity(named, city))
                    || (o.Start > p.End && VillageNounBefore().IsMatch(Tail(s, o.Start))))))).ToList();

    /// <summary>
    /// "В Харькове ракета попала в дом в Киевском районе": an oblast's district is named after a town in that oblast, so a
    /// district named after a place outside the oblast of the city named before it is one of that city's districts.
    /// </summary>
    private bool OtherCityBefore(string s, int index, GazetteerEntry districtRegion, PlaceContext context)
    {
        foreach (Match m in LocativeName().Matches(s, 0))
        {
            if (m.Index >= index)
            {
                break;
            }

            if (resolver.Resolve(m.Groups["name"].Value, context) is { Level: PlaceLevel.Populated } city && DistrictOfCity(districtRegion, city))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The few words before a position: end-anchored patterns then look at them, not at the whole sentence.</summary>
    private static ReadOnlySpan<char> Tail(string s, int end) => s.AsSpan(Math.Max(0, end - 24), Math.Min(end, 24));

    [GeneratedRegex(@"^\s*,?\s*(?:на|в|у)\s+(?:юге|севере|востоке|западе|півдні|півночі|сході|заході|(?:юго|северо|південно|північно)-(?:западе|востоке|заході|сході))\s+(?:провинции\s+|области\s+|провінції\s+|області\s+)?$|^\s+(?:провинции|провінції)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex CyrillicLocatingGap();

    [GeneratedRegex(@"(?:стыке|межі|границе)\s+(?:провинций|провінцій|областей)\s+(?:\p{L}[\p{L}-]*\s+(?:и|і|та)\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex JunctionBefore();

    [GeneratedRegex(@"^\s+(?:улиц|вулиц|проспект|переул|провул|бульвар|шоссе|площад)\p{L}*", RegexOptions.IgnoreCase)]
    private static partial Regex StreetAfter();

    [GeneratedRegex(@"^\s+(?:район|округ)\p{L}*")]
    private static partial Regex DistrictAfter();

    /// <summary>
    /// Both rules above rest on one fact: an oblast's district is named after a town in that oblast, so a district named
    /// after a place (or lying in a region) other than the city's oblast is one of that city's districts.
    /// </summary>
    private static bool DistrictOfCity(GazetteerEntry namedAfter, GazetteerEntry city) =>
        namedAfter.Country == city.Country && namedAfter.Admin1 != city.Admin1;

    [GeneratedRegex(@"(?<!\p{L})(?:[ВвУу]|во)\s+(?<name>\p{Lu}\p{Ll}{2,})(?!\p{L})")]
    private static partial Regex LocativeName();

    [GeneratedRegex(@"^\s*,\s*(?:в|у|на)\s+$")]
    private static partial Regex CityDistrictGap();

    [GeneratedRegex(@"(?:^|\s)(?:в|у)\s+(?:селе|селі|поселке|посёлке|селищі|деревне|хуторе|станице|пгт|смт)\s+$")]
    private static partial Regex VillageNounBefore();

    /// <summary>"5 ударів з РСЗВ завдано по Щербаках": what strikes fall on ("удар(ів) ... по X") is a settlement, even one GeoNames lacks.</summary>
    [GeneratedRegex(@"(?:^|\s)(?:удар\p{Ll}*|обстріл\p{Ll}*|обстрел\p{Ll}*)(?:\s+\S+){0,3}\s+по$", RegexOptions.IgnoreCase)]
    private static partial Regex StrikeOnBefore();

    /// <summary>"ракетою, випущеною з окупованого Криму": where a missile was launched from is no place struck.</summary>
    [GeneratedRegex(@"(?:випущен|запущен|выпущен)\p{Ll}*\s+(?:з|із|зі|с|со|из|изо)\s+(?:\p{Ll}+\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex LaunchedFromBefore();
}
