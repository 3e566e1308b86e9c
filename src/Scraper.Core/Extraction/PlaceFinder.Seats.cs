using System.Text.RegularExpressions;
using Scraper.Geo;

namespace Scraper.Extraction;

/// <summary>Where an official sits: "Kharkiv Mayor Ihor Terekhov", "Bryansk Gov. Alexander Bogomaz", "the mayor of Shostka".</summary>
public sealed partial class PlaceFinder
{
    /// <summary>
    /// The town (city scope) or region (region scope) named with an official's title, for "the city had come under 15
    /// strikes" and "the region had come under a massive attack" in that official's account; null when none is named.
    /// </summary>
    public GazetteerEntry? SeatOfOfficial(string text, int titleStart, int titleEnd, string? scope, PlaceContext context)
    {
        // "the Russian governor of Kursk Oblast": a word before the title that names no place leaves the one after it.
        // "Nizhny Novgorod Governor": a two-word seat first, so that its last word alone (Novgorod) is not another region.
        var before = TwoWordSeatBefore().Match(text, 0, titleStart) is { Success: true } two && resolver.Resolve(two.Groups["n"].Value, context) is not null
            ? two.Groups["n"].Value : SeatNameBefore(text, titleStart);
        var after = SeatAfter().Match(text, titleEnd) is { Success: true } m && m.Index == titleEnd ? m.Groups["n"].Value : null;
        if (((before is null ? null : resolver.Resolve(before, context)) ?? (after is null ? null : resolver.Resolve(after, context))) is not { } entry)
        {
            return null;
        }

        return scope == "region" && entry.Level == PlaceLevel.Populated ? resolver.RegionOf(entry) : entry;
    }

    /// <summary>"Kharkiv Mayor", "Sumy Oblast Military Administration", "Volgograd Oblast Governor": the place named right before a title.</summary>
    public static string? SeatNameBefore(string text, int titleStart) =>
        SeatBefore().Match(text, 0, titleStart) is { Success: true } m && m.Groups["n"].Value is not ("The" or "In" or "A" or "An") ? m.Groups["n"].Value : null;

    [GeneratedRegex(@"(?<![\p{L}'’-])(?<n>\p{Lu}[\p{L}'’-]+?)(?:['’]s)?(?:\s+(?:Oblast|Region|Regional|region|regional|oblast|Province|province|City|city))?\s+$")]
    private static partial Regex SeatBefore();

    [GeneratedRegex(@"(?<![\p{L}'’-])(?<n>(?!(?:The|In|On|At|A|An)\s)\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+?)(?:['’]s)?(?:\s+(?:Oblast|Region|Regional|region|regional|oblast|Province|province|City|city))?\s+$")]
    private static partial Regex TwoWordSeatBefore();

    [GeneratedRegex(@"\G\s+of\s+(?:the\s+)?(?<n>\p{Lu}[\p{L}'’-]+)")]
    private static partial Regex SeatAfter();
}
