using System.Globalization;
using System.Text.RegularExpressions;

namespace Scraper.Parsing;

/// <summary>
/// Lenient date parsing for feeds and pages, never culture-dependent: W3C/ISO 8601, RFC 822 and its
/// variants (any day name, 2-digit years, missing seconds, named or numeric zones, "GMT+3"), numeric
/// European/US forms, and localised month names (en, ru, uk, de, fr, es, it, pt, tr). Anything that
/// is not clearly a date is null, never "now". A date without a zone is taken as UTC.
/// </summary>
public static partial class FeedDates
{
    public static DateTimeOffset? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 100)
        {
            return null;
        }

        var t = text.Trim();
        if (TryCanonicalRfc822(t, out var fast))
        {
            return Plausible(fast);
        }

        if (Iso().IsMatch(t))
        {
            return DateTimeOffset.TryParse(t.Replace(' ', 'T'), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var iso)
                ? Plausible(iso)
                : null;
        }

        if (t.Length == 10 && long.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var epoch))
        {
            return Plausible(DateTimeOffset.FromUnixTimeSeconds(epoch));
        }

        return ParseFreeForm(t);
    }

    private static DateTimeOffset? ParseFreeForm(string t)
    {
        var datePart = t;
        int hour = 0, minute = 0, second = 0;
        var offset = TimeSpan.Zero;
        var time = Time().Match(t);
        if (time.Success)
        {
            hour = Int(time.Groups["h"].Value);
            minute = Int(time.Groups["m"].Value);
            second = time.Groups["s"].Success ? Int(time.Groups["s"].Value) : 0;
            var ampm = time.Groups["ampm"].Value.ToUpperInvariant();
            if (ampm.StartsWith('P') && hour < 12)
            {
                hour += 12;
            }
            else if (ampm.StartsWith('A') && hour == 12)
            {
                hour = 0;
            }

            if (!TryZone(t[(time.Index + time.Length)..], out offset))
            {
                return null;
            }

            datePart = t[..time.Index] + " " + Zone().Replace(t[(time.Index + time.Length)..], " ");
        }

        if (!TryDate(datePart, out var year, out var month, out var day) || hour > 23 || minute > 59 || second > 60)
        {
            return null;
        }

        try
        {
            return Plausible(new DateTimeOffset(year, month, day, hour, minute, Math.Min(second, 59), offset).ToUniversalTime());
        }
        catch (ArgumentOutOfRangeException)
        {
            // 31 February and friends: a bad date is missing, not a guess.
            return null;
        }
    }

    private static bool TryZone(string rest, out TimeSpan offset)
    {
        offset = TimeSpan.Zero;
        var z = Zone().Match(rest);
        if (!z.Success)
        {
            return true;
        }

        if (z.Groups["off"].Success)
        {
            var digits = z.Groups["off"].Value.Replace(":", "", StringComparison.Ordinal);
            var sign = digits[0] is '-' or '\u2212' ? -1 : 1;
            digits = digits[1..];
            var h = digits.Length <= 2 ? Int(digits) : Int(digits[..^2]);
            var m = digits.Length <= 2 ? 0 : Int(digits[^2..]);
            if (h > 14 || m > 59)
            {
                return false;
            }

            offset = sign * new TimeSpan(h, m, 0);
            return true;
        }

        // Unknown zone letters (military zones, typos) are read as UTC rather than failing the date.
        offset = Zones.TryGetValue(z.Groups["name"].Value, out var o) ? o : TimeSpan.Zero;
        return true;
    }

    private static DateTimeOffset? Plausible(DateTimeOffset d) =>
        d.Year is >= 1970 and <= 2100 ? d.ToUniversalTime() : null;

    private static int Int(string s) => int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?\s?(?:Z|z|[+-]\d{2}(?::?\d{2})?)?)?$")]
    private static partial Regex Iso();

    [GeneratedRegex(@"(?<!\d)(?<h>\d{1,2})[:h](?<m>\d{2})(?::(?<s>\d{2})(?:[.,]\d{1,9})?)?(?:\s*(?<ampm>[AaPp]\.?[Mm]\.?)(?!\p{L}))?")]
    private static partial Regex Time();

    [GeneratedRegex(@"(?:\b(?:GMT|UTC|UT)\s*)?(?<off>[+-−]\d{1,2}(?::?\d{2})?)\b|\b(?<name>[A-Z]{1,5}|Z)\b")]
    private static partial Regex Zone();
}
