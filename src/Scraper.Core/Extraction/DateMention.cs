using System.Globalization;

namespace Scraper.Extraction;

/// <summary>A date read from a sentence: the first day, the last day of a range, and whether it is one day or a range.</summary>
public sealed record DateMention(DateOnly Start, DateOnly? End, bool IsRange)
{
    /// <summary>The first day as a claim records it (ISO 8601).</summary>
    public string StartText => Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The last day of a range as a claim records it, or null.</summary>
    public string? EndText => End?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The codebook's date precision (UCDP date_prec): 1 a day, 2 a range of days, 3 a week ("за неделю").</summary>
    public int Precision => !IsRange ? 1 : End is { } end && end.DayNumber - Start.DayNumber >= 7 ? 3 : 2;
}
