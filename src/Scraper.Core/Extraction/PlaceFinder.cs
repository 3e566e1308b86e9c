using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Scraper.Extraction.Lexicons;
using Scraper.Geo;

namespace Scraper.Extraction;

/// <summary>
/// Finds place names in a strike sentence. Latin script: capitalised names after a place marker ("near",
/// "in the area of", "the town of", "west of", a strike verb), with comma/and lists. Cyrillic: capitalised
/// names anywhere (oblast adjectives give region context). Arabic: word n-grams after a marker.
/// </summary>
public sealed partial class PlaceFinder(PlaceResolver resolver, LexiconSet lexicons)
{
    // Capitalised names recur across sentences and documents; the answer depends only on the name (bounded memo).
    private const int MaxRemembered = 50_000;
    private readonly ConcurrentDictionary<string, bool> actorOrGroup = new(StringComparer.Ordinal);

    private bool IsActorOrGroup(string written)
    {
        if (actorOrGroup.TryGetValue(written, out var known))
        {
            return known;
        }

        if (actorOrGroup.Count >= MaxRemembered)
        {
            actorOrGroup.Clear();
        }

        // A state's capital stands for it ("Moscow said") but is also a city struck ("drones hit Kyiv"): a town here.
        return actorOrGroup[written] = lexicons.Groups.Matches(written).Any(m => m.Length >= written.Length - 1)
            || lexicons.Actors.Matches(written).Any(m => m.Length >= written.Length - 1
                && !(m.Value.Type == "state" && resolver.Resolve(written, PlaceContext.Empty) is { Level: PlaceLevel.Populated }));
    }

    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "al", "el", "ash", "as", "ad", "ar", "az", "ez", "es", "an", "at", "ath", "ech", "esh", "de", "bin", "ibn", "bani", "abu", "umm", "of" };
    private static readonly HashSet<string> StrongMarkers = new(StringComparer.OrdinalIgnoreCase) { "near", "close to", "not far from", "in the area of", "in the areas of", "in the vicinity of", "on the outskirts of", "outskirts of", "town of", "city of", "village of", "villages of", "towns of", "area of", "areas of", "hit", "struck", "shelled", "bombed", "shells on", "shells at", "rockets on", "rockets at", "missiles on", "missiles at", "fire on" };

    public IReadOnlyList<PlaceMention> Find(string s, LanguageLexicon lex, PlaceContext context, string language)
    {
        var found = language switch
        {
            "ar" => FindArabic(s, lex, context),
            "ru" or "uk" => FindCyrillic(s, lex, context).Concat(FindLatin(s, lex, context)).ToList(),
            _ => FindLatin(s, lex, context),
        };
        var ordered = found.GroupBy(p => p.Start).Select(g => g.First()).OrderBy(p => p.Start).ToList();
        if (language is "ru" or "uk")
        {
            ordered = WithoutCyrillicLocators(s, ordered).Where(p => !SpeakerVenue.IsCyrillicVenue(s, p.Start, p.End)).ToList();
        }

        return WithoutRelativeLocators(s, ordered);
    }

    private List<PlaceMention> FindLatin(string s, LanguageLexicon lex, PlaceContext context)
    {
        var result = new List<PlaceMention>();
        var venue = SpeakerVenue.Opening(s);
        foreach (Match marker in lex.PlaceMarkers.Matches(s).Cast<Match>().Concat(Direction().Matches(s)))
        {
            if (venue.Success && marker.Index < venue.Index && venue.Index - marker.Index - marker.Length <= 1)
            {
                continue; // "In Moscow, the defence ministry said": where the speaker is
            }

            // Both patterns end at the marker: a bounded window keeps each check from rescanning the whole sentence.
            if (PlatformBefore().IsMatch(s.AsSpan(Math.Max(0, marker.Index - 160), Math.Min(160, marker.Index)))
                || WarNounBefore().IsMatch(s.AsSpan(Math.Max(0, marker.Index - 16), Math.Min(16, marker.Index))))
            {
                continue; // where carriers sail, shipping goes or a war goes on is not where the strike hit
            }

            var pos = SkipFillers(s, marker.Index + marker.Length, lex);
            var strong = StrongMarkers.Contains(marker.Value) || marker.Value.EndsWith(" of", StringComparison.OrdinalIgnoreCase);
            var region = RegionMarker().IsMatch(marker.Value);
            var listResolved = false;
            var afterAnd = false;
            var listStart = result.Count;
            while (pos < s.Length)
            {
                if (ControlModifier().Match(s, pos) is { Success: true } held && held.Index == pos)
                {
                    // "Houthi-held Hodeidah", "rebel-controlled Idlib": who holds the place is not part of its name.
                    pos += held.Length;
                }

                var name = LatinName().Match(s, pos);
                if (!name.Success || name.Index != pos)
                {
                    break;
                }

                var written = name.Value.TrimEnd('-', ' ');
                if (written.Length > 2 && written[^2] == ' ' && char.IsUpper(written[^1]) && s.AsSpan(name.Index + written.Length).StartsWith("."))
                {
                    break; // "the carrier Harry S. Truman": a name with an initial is a person's or a ship's
                }

                if (written.Count(c => c == ' ') >= 2 && resolver.Resolve(written, context) is null)
                {
                    // A Title Case headline runs names into words ("Near Vovchansk As Kharkiv Comes Under Fire"): the
                    // longest leading part GeoNames knows is the name, else the run is no place.
                    var words = written.Split(' ');
                    var known = Enumerable.Range(1, words.Length - 1).Reverse().Select(n => string.Join(' ', words.Take(n))).FirstOrDefault(w => resolver.Resolve(w, context) is not null);
                    if (known is null && words.Length > 3)
                    {
                        break;
                    }

                    written = known ?? written;
                }
                if (RegionWord().Match(s, name.Index + written.Length) is { Success: true } rw && rw.Index == name.Index + written.Length)
                {
                    written += rw.Value;
                }

                if (CityPossessive().Match(s, name.Index) is { Success: true } city && city.Index == name.Index)
                {
                    // "Kyiv’s Sviatoshynskyi district": a district of the city is the city.
                    written = city.Groups["c"].Value;
                }

                if (PossessiveRegion().Match(s, name.Index) is { Success: true } owner && owner.Index == name.Index
                    && resolver.Resolve(owner.Groups["r"].Value, context) is { Level: PlaceLevel.Admin1 or PlaceLevel.Country })
                {
                    pos = name.Index + owner.Length; // "in Odesa Oblast's Izmail district": the region says where the town is
                    continue;
                }

                // "Lebanon's health ministry": a possessive modifies the next noun; it is not the place struck.
                if (lex.NonPlaceWords.Contains(written) || IsActorOrGroup(written) || written.EndsWith("'s", StringComparison.Ordinal) || written.EndsWith("’s", StringComparison.Ordinal))
                {
                    break;
                }

                var after = s.AsSpan(name.Index + written.Length);
                if (AxisWord().IsMatch(after) || ModifierOfNextName().IsMatch(after) || CityDistrictAfter().IsMatch(after)
                    || (FacilityAfter().IsMatch(after) && s.AsSpan(0, name.Index).EndsWith("the ", StringComparison.OrdinalIgnoreCase))
                    || SpeakerSeatAfter().IsMatch(after) || SpeakerVenueBefore().IsMatch(s.AsSpan(0, name.Index)) || EquipmentAfter().IsMatch(after))
                {
                    // "in the Pokrovsk direction": a front sector named after a town, not a strike on it;
                    // "Yemen's Red Sea port of Hodeidah": the name modifies the place the marker after it gives;
                    // "struck the Al-Amal school": a building's name, not a town; "the administration in Kabul said":
                    // where the speaker sits; "struck a Nebo-M radar system": equipment, not a town.
                    break;
                }

                // Same as matching s[..name.Index]: anchors and lookarounds see only that part, without copying it.
                var qualifier = Qualifier().Match(s, 0, name.Index);
                var within = region ? null : RegionAfter(s, name.Index + written.Length, context);
                var placeContext = within is null ? context : new PlaceContext(context.Countries, new HashSet<(string, string)>(context.Regions) { (within.Country, within.Admin1!) });
                var entry = resolver.Resolve(region ? written + " province" : written, placeContext) ?? (region ? resolver.Resolve(written, context) : null);
                // "in central Gaza": the aliases say which compass phrases with a town's name name an area around it.
                var compass = Compass().Match(s, 0, name.Index);
                var compassArea = compass.Success && entry is { Level: PlaceLevel.Populated }
                    && resolver.Resolve(compass.Value.TrimEnd() + " " + written, placeContext) is { Level: not PlaceLevel.Populated } area
                    ? area : null;
                entry = compassArea ?? entry;

                if (entry is not null && CountrysideWord().IsMatch(after))
                {
                    // "in Idlib countryside" is the province around the town, not the town.
                    entry = resolver.RegionOf(entry);
                }
                else if (entry is { Level: PlaceLevel.Populated } && within is not null && (entry.Country, entry.Admin1) != (within.Country, within.Admin1))
                {
                    // "Bilozerske ... in Donetsk Oblast": a namesake elsewhere is the wrong place; keep the name, in that oblast
                    // unless a spelling variant lies there.
                    entry = resolver.ResolveWithin(written, [(within.Country, within.Admin1!)], placeContext);
                }

                // A name GeoNames lacks is still a place when the sentence places it ("on Al-Habit in the southern
                // countryside of Idlib") or when it sits in an and-list whose other names are places ("Kafranbel, Hass
                // and Ma'arat Hurmah"); elsewhere an unknown capitalised word after "in"/"on" is too often not a place.
                var end = name.Index + written.Length;
                if (entry is null && result.Count > listStart && ItemEnd().Match(s, end) is not { Success: true }
                    && !(afterAnd && (LastItemEnd().Match(s, end) is { Success: true } || FacilityTail().Match(s, end) is { Success: true })))
                {
                    // The last item of "the towns of Douris and Shmustar killed 18" runs into the verb; that ends it too.
                    // "near Sulaymaniyah, Iraqi Kurdish officials said": an unknown name running into a noun is not a list item.
                    break;
                }

                if (entry is null && (written.All(char.IsUpper) || InstitutionName().IsMatch(written)
                    || (UnknownSiteAfter().IsMatch(s.AsSpan(end)) && s.AsSpan(0, name.Index).EndsWith("the ", StringComparison.OrdinalIgnoreCase))))
                {
                    // "struck a Russian UAV control point", "struck the Kremniy El plant", "the Scientific Studies and
                    // Research Center": an abbreviation, a works' or an institution's name GeoNames does not know is no place.
                    break;
                }

                if (entry is null && BorderAfter().IsMatch(s.AsSpan(end)))
                {
                    // "the Syrian-Lebanese border": an adjective of the border, not a place ("the Jousieh border crossing" is one).
                    break;
                }

                if (entry is null && !strong && !LocatedAfter().Match(s, end).Success && !(NamedAreasAfter().Match(s, end) is { Success: true } areas && areas.Index == end && !CityDistrictAdjective().IsMatch(written))
                    && !(listResolved && (afterAnd || ListNext().Match(s, end) is { Success: true } more && more.Index == end))
                    && !ListAheadResolves(s, end, context))
                {
                    break;
                }

                listResolved |= entry is not null;

                var start = qualifier.Success ? qualifier.Index : compassArea is not null ? compass.Index : name.Index;
                result.Add(new PlaceMention(s[start..(name.Index + written.Length)], start, name.Index + written.Length, entry, Precision(entry, qualifier.Success || strong), entry is not null, Region: entry is null ? within : null));

                var tail = name.Index + written.Length;
                if (CountrysideWord().Match(s[tail..]) is { Success: true } cw)
                {
                    tail += cw.Length;
                }
                else if (CityWordAfter().Match(s, tail) is { Success: true } cityWord && cityWord.Index == tail)
                {
                    tail += cityWord.Length; // "Kherson city, Beryslav, Antonivka and Bilozerka": the list goes on
                }

                var next = ListNext().Match(s, tail);
                if (!next.Success && FacilityTail().Match(s, tail) is { Success: true } facility)
                {
                    // "at the Hodeidah port and the Ras Kanatib power station": sites named after places, listed.
                    tail += facility.Length;
                    next = FacilityListNext().Match(s, tail);
                }

                if (!next.Success || next.Index != tail)
                {
                    // "A and B in Sumy Oblast; C in Kharkiv Oblast; and D in ...": the list goes on after each region.
                    next = RegionGroupNext().Match(s, tail);
                    if (!next.Success || next.Index != tail)
                    {
                        break;
                    }
                }

                afterAnd = next.Value.Contains("and", StringComparison.Ordinal);
                pos = next.Index + next.Length;
            }

            if (!region && result.Count > listStart && PluralRegionWord().Match(s, result[^1].End) is { Success: true } plural && plural.Index == result[^1].End)
            {
                // "in the Odesa, Kharkiv and Poltava regions": every name of the list is a region.
                for (var k = listStart; k < result.Count; k++)
                {
                    var item = result[k];
                    if (resolver.Resolve(item.Written + " province", context) is { Level: PlaceLevel.Admin1 } r)
                    {
                        result[k] = item with { Entry = r, GeoPrecision = Precision(r, item.Strong), Region = null };
                    }
                }
            }
        }

        AddSubjects(s, lex, context, result);

        return result;
    }

    private static int Precision(GazetteerEntry? e, bool approximate) => e?.Level switch
    {
        PlaceLevel.Country => 6,
        PlaceLevel.Water => 7,
        PlaceLevel.Admin1 => 4,
        _ => approximate ? 2 : 1,
    };

    [GeneratedRegex(@"\G(?:(?:al|el|ad|ash|as|at|an|ar|az|ath|ed|en|er|es|ez|esh)-)?\p{Lu}[\p{L}\p{M}'’‘`]*(?:-\p{L}[\p{L}\p{M}'’]*)*(?:\s+(?:(?:al|el|ash|as|ad|ar|az|ez|es|an|at|ath|esh|bin|ibn|abu|umm)(?:[\s-]+)|)?\p{Lu}[\p{L}\p{M}'’‘`]*(?:-\p{L}[\p{L}\p{M}'’]*)*)*")]
    private static partial Regex LatinName();

    [GeneratedRegex(@"\G\s+(?:region|province|governorate|oblast)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RegionWord();

    [GeneratedRegex(@"(?:(?:approximately|about|some|around)\s+)?(?:(?:[\d.,]+|\p{L}+)\s*(?:km|kilometers|kilometres|miles|mi)\s+)?(?<![\p{L}-])(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)(?:ern)?\s+of\s+$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex Qualifier();

    [GeneratedRegex(@"\b(?:northern|southern|eastern|western|central|north|south|east|west)\s+$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex Compass();

    [GeneratedRegex(@"\b(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)\s+of\b", RegexOptions.IgnoreCase)]
    private static partial Regex Direction();

    [GeneratedRegex(@"^[^,]*?\b(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)(?:ern)?\s+of\s", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeStart();

    [GeneratedRegex(@"^(?:\s+(?:district|province|governorate|region|oblast|area|town|village|city))?\s*,?\s*(?:(?:about|some|around|roughly|approximately)\s+)?(?:\d+\s*(?:km|kilometres|kilometers|miles)(?:\s*\([^)]*\))?\s*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Apposition();

    [GeneratedRegex("district|province|governorate|region|oblast|countryside", RegexOptions.IgnoreCase)]
    private static partial Regex RegionMarker();
}
