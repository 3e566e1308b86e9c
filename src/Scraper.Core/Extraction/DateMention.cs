namespace Scraper.Extraction;

/// <summary>A date read from a sentence: the first day, the last day of a range, and whether it is one day or a range.</summary>
public sealed record DateMention(DateOnly Start, DateOnly? End, bool IsRange);
