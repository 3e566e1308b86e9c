using System.Globalization;
using System.Text.RegularExpressions;

namespace Scraper.Parsing;

/// <summary>Lenient date parsing for feeds: RFC 822 variants and W3C/ISO 8601, invariant culture.</summary>
public static partial class FeedDates
{
    private static readonly Dictionary<string, string> Zones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UT"] = "+0000", ["UTC"] = "+0000", ["GMT"] = "+0000", ["Z"] = "+0000",
        ["EST"] = "-0500", ["EDT"] = "-0400", ["CST"] = "-0600", ["CDT"] = "-0500",
        ["MST"] = "-0700", ["MDT"] = "-0600", ["PST"] = "-0800", ["PDT"] = "-0700",
        ["MSK"] = "+0300", ["EET"] = "+0200", ["EEST"] = "+0300", ["BST"] = "+0100", ["CET"] = "+0100", ["CEST"] = "+0200",
        ["IDT"] = "+0300", ["IST"] = "+0200",
    };

    private static readonly string[] Rfc822Formats =
    [
        "ddd, d MMM yyyy HH:mm:ss zzz", "d MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm zzz", "d MMM yyyy HH:mm zzz",
        "ddd, d MMM yy HH:mm:ss zzz", "d MMM yy HH:mm:ss zzz", "ddd, d MMMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm:ss",
    ];

    public static DateTimeOffset? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var t = text.Trim();
        if (DateTimeOffset.TryParse(t, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var iso)
            && IsoLike().IsMatch(t))
        {
            return iso;
        }

        // RFC 822: normalise named zones to numeric offsets ("+0300" → "+03:00" for zzz).
        var m = TrailingZone().Match(t);
        if (m.Success)
        {
            var zone = m.Groups["z"].Value;
            var offset = Zones.TryGetValue(zone, out var o) ? o : zone;
            if (OffsetPattern().IsMatch(offset))
            {
                t = t[..m.Index] + " " + offset[..3] + ":" + offset[3..];
            }
        }

        t = MultiSpace().Replace(t, " ");
        if (DateTimeOffset.TryParseExact(t, Rfc822Formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var rfc))
        {
            return rfc.ToUniversalTime();
        }

        return DateTimeOffset.TryParse(t, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var any)
            ? any
            : null;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}")]
    private static partial Regex IsoLike();

    [GeneratedRegex(@"\s(?<z>[A-Za-z]{1,4}|[+-]\d{4})\s*$")]
    private static partial Regex TrailingZone();

    [GeneratedRegex(@"^[+-]\d{4}$")]
    private static partial Regex OffsetPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex MultiSpace();
}
