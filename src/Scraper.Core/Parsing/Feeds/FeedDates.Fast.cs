namespace Scraper.Parsing;

public static partial class FeedDates
{
    private static readonly string[] EnglishMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    /// <summary>
    /// The canonical RFC 822 shape most feeds use ("Tue, 24 Nov 2026 18:30:00 +0000" / "GMT"), read without
    /// regexes; anything else falls through to the general parser.
    /// </summary>
    private static bool TryCanonicalRfc822(ReadOnlySpan<char> t, out DateTimeOffset value)
    {
        value = default;
        if (t.Length is < 29 or > 31 || t[3] != ',' || t[4] != ' ' || t[7] != ' ' || t[11] != ' ' || t[16] != ' ' || t[19] != ':' || t[22] != ':' || t[25] != ' ')
        {
            return false;
        }

        var month = 0;
        var name = t.Slice(8, 3);
        for (var i = 0; i < EnglishMonths.Length && month == 0; i++)
        {
            month = name.SequenceEqual(EnglishMonths[i]) ? i + 1 : 0;
        }

        if (month == 0 || !TwoDigits(t, 5, out var day) || !TwoDigits(t, 12, out var c) || !TwoDigits(t, 14, out var y)
            || !TwoDigits(t, 17, out var hour) || !TwoDigits(t, 20, out var minute) || !TwoDigits(t, 23, out var second))
        {
            return false;
        }

        var zone = t[26..];
        TimeSpan offset;
        if (zone is "GMT" or "UTC" or "UT" or "Z")
        {
            offset = TimeSpan.Zero;
        }
        else if (zone.Length == 5 && zone[0] is '+' or '-' && TwoDigits(zone, 1, out var oh) && TwoDigits(zone, 3, out var om) && oh <= 14 && om < 60)
        {
            offset = (zone[0] == '-' ? -1 : 1) * new TimeSpan(oh, om, 0);
        }
        else
        {
            return false;
        }

        if (day is < 1 or > 31 || hour > 23 || minute > 59 || second > 59 || day > DateTime.DaysInMonth((c * 100) + y, month))
        {
            return false;
        }

        value = new DateTimeOffset((c * 100) + y, month, day, hour, minute, second, offset).ToUniversalTime();
        return true;
    }

    private static bool TwoDigits(ReadOnlySpan<char> t, int at, out int value)
    {
        value = 0;
        if (!char.IsAsciiDigit(t[at]) || !char.IsAsciiDigit(t[at + 1]))
        {
            return false;
        }

        value = ((t[at] - '0') * 10) + (t[at + 1] - '0');
        return true;
    }
}
