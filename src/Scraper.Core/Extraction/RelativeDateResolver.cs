using System.Globalization;
using System.Text.RegularExpressions;
using Scraper.Extraction.Lexicons;

namespace Scraper.Extraction;

/// <summary>
/// Finds the event date of a sentence, resolved against the publication date: explicit dates in the three
/// languages ("Sept. 23-24", "10 April", "5 октября", "5 жовтня"), "the night of X", ranges ("overnight",
/// "past 24 hours", "минулої доби"), relative days and weekdays. Without a publication date only dates
/// that carry a year resolve.
/// </summary>
public static partial class RelativeDateResolver
{
    public static DateMention? Find(string sentence, LanguageLexicon lex, DateOnly? published)
    {
        // "MOSCOW, Oct 6 (Reuters) -" is when the story was filed, not when the strike happened.
        sentence = Dateline().Replace(sentence, "");
        // "the General Staff reported on the morning of Feb. 8 ... over the past day": the statement's date
        // dates the event only when the sentence gives no other.
        if (FindIn(sentence, lex, published) is not { } any)
        {
            return null;
        }

        var masked = MaskStatementDates(sentence, lex);
        var own = ReferenceEquals(masked, sentence) ? null : FindIn(masked, lex, published);
        // "'A short while ago, IDF jets struck ...,' the military said in a statement on Thursday evening": a same-day
        // word is relative to the statement, whose day the sentence gives.
        return own is not null && own != any && SameDayWord(masked, lex) ? any : own ?? any;
    }

    private static bool SameDayWord(string sentence, LanguageLexicon lex) =>
        lex.RelativeDayPattern.Match(sentence) is { Success: true } rel && LanguageLexicon.Lookup(lex.RelativeDays, rel.Value) == 0
        && !lex.WeekdayPattern.IsMatch(sentence);

    private static string MaskStatementDates(string sentence, LanguageLexicon lex)
    {
        char[]? chars = null;
        foreach (Match cue in lex.Attribution.Matches(sentence))
        {
            var lead = StatementLead().Match(sentence, cue.Index + cue.Length);
            var at = lead.Index + lead.Length;
            var date = new[] { lex.WeekdayPattern.Match(sentence, at), lex.RelativeDayPattern.Match(sentence, at), DayMonth().Match(sentence, at) }
                .FirstOrDefault(m => m.Success && m.Index == at && m.Length > 0);
            if (lead.Success && lead.Index == cue.Index + cue.Length && date is not null)
            {
                chars ??= sentence.ToCharArray();
                Array.Fill(chars, ' ', cue.Index + cue.Length, at + date.Length - cue.Index - cue.Length);
            }
        }

        return chars is null ? sentence : new string(chars);
    }

    private static DateMention? FindIn(string sentence, LanguageLexicon lex, DateOnly? published)
    {
        // Explicit dates need digits; most sentences have none, so skip the costlier patterns.
        var hasDigits = sentence.AsSpan().IndexOfAnyInRange('0', '9') >= 0;
        var iso = hasDigits ? IsoDate().Match(sentence) : Match.Empty;
        if (iso.Success && DateOnly.TryParseExact(iso.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var isoDate))
        {
            return new DateMention(isoDate, null, false);
        }

        if (hasDigits && Explicit(sentence, lex, published) is { } explicitDate)
        {
            return explicitDate;
        }

        if (published is not { } pub)
        {
            return null;
        }

        var range = lex.RangeDayPattern.Match(sentence);
        if (range.Success && LanguageLexicon.Lookup(lex.RangeDays, range.Value) is { } rangeOffset)
        {
            return new DateMention(pub.AddDays(rangeOffset), pub, true);
        }

        DateOnly? weekday = null;
        var wdm = lex.WeekdayPattern.Match(sentence);
        if (wdm.Success && LanguageLexicon.Lookup(lex.Weekdays, wdm.Value) is { } dow)
        {
            var back = ((int)pub.DayOfWeek - (dow % 7) + 7) % 7;
            weekday = pub.AddDays(-back);
            var before = sentence[..wdm.Index].TrimEnd();
            if (lex.NightOf.Any(n => before.EndsWith(n, StringComparison.OrdinalIgnoreCase)) && !before.EndsWith("of", StringComparison.OrdinalIgnoreCase))
            {
                // "в ночь на субботу", "у ніч на неділю", "overnight into Sunday": the night before that day.
                return new DateMention(weekday.Value.AddDays(-1), weekday.Value, true);
            }
        }

        var rel = lex.RelativeDayPattern.Match(sentence);
        if (rel.Success && LanguageLexicon.Lookup(lex.RelativeDays, rel.Value) is { } offset)
        {
            var day = pub.AddDays(offset);
            return weekday is { } w && w < day ? new DateMention(w, day, true) : new DateMention(day, null, offset < 0 && rel.Value.Contains("night", StringComparison.OrdinalIgnoreCase));
        }

        return weekday is { } wd ? new DateMention(wd, null, false) : null;
    }

    private static DateMention? Explicit(string sentence, LanguageLexicon lex, DateOnly? published)
    {
        for (var m = DayMonth().Match(sentence); m.Success; m = DayMonth().Match(sentence, m.Groups["d1"].Success ? m.Groups["d1"].Index : m.Index + m.Length))
        {
            // "Sept. 23-24" / "August 27, 2018" (month first) or "10 April 2020" / "5 октября" (day first).
            var monthWord = m.Groups["m1"].Success ? m.Groups["m1"].Value : m.Groups["m2"].Value;
            // "20 كانون الثاني": a Levantine month is two words; otherwise the second word is the text going on.
            if (!lex.Months.TryGetValue(monthWord.TrimEnd('.'), out var month)
                && !(monthWord.IndexOf(' ', StringComparison.Ordinal) is > 0 and var space && lex.Months.TryGetValue(monthWord[..space].TrimEnd('.'), out month)))
            {
                continue;
            }

            var end = lex.Months.ContainsKey(monthWord.TrimEnd('.')) ? m.Index + m.Length : m.Groups["m2"].Index + monthWord.IndexOf(' ', StringComparison.Ordinal);

            var day = int.Parse(m.Groups["d1"].Success ? m.Groups["d1"].Value : m.Groups["d2"].Value, CultureInfo.InvariantCulture);
            var endGroup = m.Groups["e1"].Success ? m.Groups["e1"] : m.Groups["e2"];
            var endDay = endGroup.Success ? int.Parse(endGroup.Value, CultureInfo.InvariantCulture) : (int?)null;
            var yearText = m.Groups["y1"].Success ? m.Groups["y1"].Value : m.Groups["y2"].Value;
            int year;
            if (yearText.Length == 4)
            {
                year = int.Parse(yearText, CultureInfo.InvariantCulture);
            }
            else if (published is { } p)
            {
                // "On April 7 last year": the year before publication, whatever the month.
                year = LastYear().Match(sentence, end) is { Success: true } last && last.Index == end ? p.Year - 1
                    : month > p.Month + 1 ? p.Year - 1 : p.Year;
            }
            else
            {
                return null;
            }

            if (day is < 1 or > 31 || day > DateTime.DaysInMonth(year, month))
            {
                continue;
            }

            var start = new DateOnly(year, month, day);
            var before = sentence[..m.Index];
            if (lex.NightOf.Any(n => before.TrimEnd().EndsWith(n, StringComparison.OrdinalIgnoreCase)))
            {
                // "the night of 13-14 May" starts on the 13th; "в ночь на 5 октября" starts on the 4th.
                return endDay is null && !before.TrimEnd().EndsWith("of", StringComparison.OrdinalIgnoreCase) ? new DateMention(start.AddDays(-1), start, true) : new DateMention(start, start.AddDays(1), true);
            }

            return endDay is { } e && e > day && e <= DateTime.DaysInMonth(year, month)
                ? new DateMention(start, new DateOnly(year, month, e), true)
                : new DateMention(start, null, false);
        }

        return null;
    }

    [GeneratedRegex(@"^(?:\p{Lu}{2,}[\p{Lu}\s,.']*,[^-–—\n]{0,40}?|\p{L}{3,9}\.?\s+\d{1,2}\s*\([^)\n]{2,30}\)\s*)[-–—]+\s*")]
    private static partial Regex Dateline();

    [GeneratedRegex(@"\G\s+(?:(?:late|early|earlier|later)\s+)?(?:(?:on|в|у|во)\s+)?(?:the\s+(?:morning|evening|afternoon|night)\s+of\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex StatementLead();

    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}\b")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"(?<m1>\p{L}{3,}\.?)\s+(?<d1>\d{1,2})(?:\s*[-–]\s*(?<e1>\d{1,2}))?(?:st|nd|rd|th)?(?:,?\s+(?<y1>\d{4}))?\b|\b(?<d2>\d{1,2})(?:\s*[-–]\s*(?<e2>\d{1,2}))?\s+(?<m2>\p{L}{3,}\.?(?:\s\p{L}{3,}(?=[\s/,.،]|$))?)(?:,?\s+(?<y2>\d{4}))?")]
    private static partial Regex DayMonth();

    [System.Text.RegularExpressions.GeneratedRegex(@"\G,?\s+(?:last\s+year|прошлого\s+года|минулого\s+року|من\s+العام\s+الماضي)")]
    private static partial System.Text.RegularExpressions.Regex LastYear();
}
