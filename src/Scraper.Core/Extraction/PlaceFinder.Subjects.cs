using System.Text.RegularExpressions;
using Scraper.Extraction.Lexicons;
using Scraper.Geo;

namespace Scraper.Extraction;

/// <summary>Places named as the subject of a strike verb: "Kharkiv had been hit by 12 drones", "Nikopol, as well as the Marhanets ... hromadas, came under fire".</summary>
public sealed partial class PlaceFinder
{
    private void AddSubjects(string s, LanguageLexicon lex, PlaceContext context, List<PlaceMention> result)
    {
        if (SubjectList().Match(s) is { Success: true } list)
        {
            // "Nikopol, as well as the Marhanets, Chervonohryhorivka and Pokrovske hromadas, came under fire": a list of
            // towns as the subject (of the sentence, or of a clause after "while"); each one GeoNames knows is a place struck.
            foreach (Capture c in list.Groups["n"].Captures)
            {
                if (!result.Any(r => r.Start <= c.Index && r.End >= c.Index + c.Length) && !IsActorOrGroup(c.Value) && !lex.NonPlaceWords.Contains(c.Value)
                    && InReportedRegion(c.Value, context) is { } entry)
                {
                    result.Add(new PlaceMention(c.Value, c.Index, c.Index + c.Length, entry, Precision(entry, false), true));
                }
            }
        }

        if (HeadingPlace().Match(s) is { Success: true } heading && !result.Any(r => r.Start <= heading.Groups["n"].Index && r.End > heading.Groups["n"].Index)
            && !IsActorOrGroup(heading.Groups["n"].Value) && !lex.NonPlaceWords.Contains(heading.Groups["n"].Value))
        {
            // "Yunakivka hromada: an airstrike with two KABs": a line of a regional report headed by the community struck,
            // kept as written when GeoNames lacks the village.
            var name = heading.Groups["n"];
            // The report's region decides: a namesake elsewhere ("Khotin" in Sumy Oblast is no Khotyn in Chernivtsi) is not it.
            var entry = InReportedRegion(name.Value, context) is { } e && (context.Regions.Count == 0 || e.Admin1 is null || context.Regions.Contains((e.Country, e.Admin1))) ? e : null;
            var region = entry is null && context.Regions.Count == 1 && context.Regions.First() is var (country, admin1) ? resolver.Gazetteer.Admin1Region(country, admin1) : null;
            result.Insert(0, new PlaceMention(name.Value, name.Index, name.Index + name.Length, entry, entry is null ? 1 : Precision(entry, false), entry is not null, Region: region));
        }

        if (BareHeadingPlace().Match(s) is { Success: true } bare && !result.Any(r => r.Start <= bare.Groups["n"].Index && r.End > bare.Groups["n"].Index)
            && !IsActorOrGroup(bare.Groups["n"].Value) && !lex.NonPlaceWords.Contains(bare.Groups["n"].Value)
            && InReportedRegion(bare.Groups["n"].Value, context) is { Level: PlaceLevel.Populated } town)
        {
            // "- Amuda: Turkish warplanes struck a power station twice": a list line headed by a town GeoNames knows.
            var name = bare.Groups["n"];
            result.Insert(0, new PlaceMention(name.Value, name.Index, name.Index + name.Length, town, Precision(town, false), true));
        }

        for (var m = PassiveSubject().Match(s); m.Success; m = PassiveSubject().Match(s, m.Index + m.Length))
        {
            // "Kharkiv had been hit by 12 drones", "Kyiv’s Sviatoshynskyi district was struck", "the Novoshakhtinsk refinery in
            // Russia's Rostov region was hit": the place is the subject. "The Saratov refinery was hit": the article is
            // not part of the name (checked here, not in the pattern, so the pattern still starts at a capital letter).
            if (ArticleOpening().Match(m.Groups["n"].Value) is { Success: true } article)
            {
                m = PassiveSubject().Match(s, m.Groups["n"].Index + article.Length);
                if (!m.Success)
                {
                    break;
                }
            }

            var name = m.Groups["n"];
            if (!result.Any(r => r.Start <= name.Index && r.End >= name.Index + name.Length) && !IsActorOrGroup(name.Value)
                && InReportedRegion(name.Value, context) is { } entry)
            {
                // "Kostiantynivka and Druzhkivka came under guided bomb strikes": the town joined before is a subject too.
                if (SubjectJoinedBefore().Match(s[..name.Index]) is { Success: true } joined && !result.Any(r => r.Start == joined.Groups["n"].Index)
                    && InReportedRegion(joined.Groups["n"].Value, context) is { Level: PlaceLevel.Populated } first)
                {
                    result.Add(new PlaceMention(joined.Groups["n"].Value, joined.Groups["n"].Index, joined.Groups["n"].Index + joined.Groups["n"].Length, first, Precision(first, false), true));
                }

                result.Add(new PlaceMention(name.Value, name.Index, name.Index + name.Length, entry, Precision(entry, false), true));
            }
        }
    }

    /// <summary>"Dnipro, a city of about 1 million people, ...": the town a sentence opens by describing, which "the city" later means.</summary>
    public PlaceMention? TownDescribed(string sentence, PlaceContext context) =>
        DescribedTown().Match(sentence) is { Success: true } m && resolver.Resolve(m.Groups["n"].Value, context) is { Level: PlaceLevel.Populated } entry
            ? new PlaceMention(m.Groups["n"].Value, m.Groups["n"].Index, m.Groups["n"].Index + m.Groups["n"].Length, entry, 1, true)
            : null;

    /// <summary>The entry for a name, preferring a spelling variant in a region the report names ("Krasnopillia" in Sumy Oblast).</summary>
    private GazetteerEntry? InReportedRegion(string name, PlaceContext context)
    {
        var entry = resolver.Resolve(name, context);
        var elsewhere = entry is null || (entry.Admin1 is { } a && !context.Regions.Contains((entry.Country, a)));
        return elsewhere && context.Regions.Count > 0 ? resolver.ResolveWithin(name, context.Regions, context) ?? entry : entry;
    }

    [GeneratedRegex(@"^(?:The|An|A)\s+")]
    private static partial Regex ArticleOpening();

    [GeneratedRegex(@"(?:^|[.;]\s+)(?<n>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)\s+and\s+$")]
    private static partial Regex SubjectJoinedBefore();

    [GeneratedRegex(@"(?<n>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)(?:['’]s\s+\p{Lu}[\p{L}'’-]+\s+(?:district|neighbou?rhood|area)|\s+(?:district|community|area)|\s+(?:oil\s+)?(?:refinery|airfield|air\s+base|port|power\s+plant|depot)(?:\s+in\s+[\p{L}'’\s]{3,40}?)?)?\s+(?:was|were|had\s+been|has\s+been|have\s+been|(?:had\s+|has\s+|have\s+)?(?:came|comes|come))\s+(?:(?:also|again|previously|reportedly)\s+)?(?:hit|struck|shelled|attacked|targeted|bombed|under\s+(?:(?:a|an)\s+)?(?:[""“]?[\p{L}-]+[""”]?\s+){0,3}?[""“]?(?:fire|attacks?|shelling|bombardment|strikes|airstrikes))\b")]
    private static partial Regex PassiveSubject();

    [GeneratedRegex(@"(?:^\s*|\b(?:while|whereas)\s+|;\s*)(?:The\s+|the\s+)?(?:(?<n>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)(?:,\s+as\s+well\s+as\s+(?:the\s+)?|,\s+(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?|(?=\s*,?\s+(?:hromadas|communities|villages|towns)\b))?)+(?:\s*,?\s+(?:hromadas|communities|villages|towns))?,?\s+(?:came|were|have\s+been|had\s+been)\s+(?:also\s+|again\s+)?(?:under\s+(?:the\s+)?(?:heaviest\s+|heavy\s+|intense\s+|massive\s+)?(?:fire|attack|shelling)|shelled|hit|struck|attacked)\b")]
    private static partial Regex SubjectList();

    [GeneratedRegex(@"^\s*[""“]?(?<n>\p{Lu}[\p{L}'’]+(?:[\s-]\p{Lu}[\p{L}'’]+)?)\s+(?:hromada|community|district)\s*:")]
    private static partial Regex HeadingPlace();

    [GeneratedRegex(@"^\s*(?:[-–•*▪]\s*)?(?<n>\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,2})\s*:\s")]
    private static partial Regex BareHeadingPlace();

    [GeneratedRegex(@"^(?<n>\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?),\s+(?:a|an|the)\s+(?:[^,]{0,40}?\s)?(?:city|town|village)\b")]
    private static partial Regex DescribedTown();
}
