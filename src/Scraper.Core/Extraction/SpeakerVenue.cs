using System.Text.RegularExpressions;

namespace Scraper.Extraction;

/// <summary>
/// "In Moscow, the defence ministry said ...": a sentence opening on the city a ministry or military speaks from. The
/// city is where the statement comes from, not a place struck, and a capital names whose ministry "the ministry" is.
/// </summary>
internal static partial class SpeakerVenue
{
    /// <summary>The venue's name at the start of <paramref name="sentence"/>, or an unsuccessful group.</summary>
    public static Group Opening(string sentence) =>
        sentence.Contains("In ", StringComparison.Ordinal) ? VenueOpening().Match(sentence).Groups["n"] : Match.Empty.Groups["n"];

    /// <summary>
    /// "як стверджують у Москві", "У Москві заявили": a Russian or Ukrainian place the statement comes from. Not "У Харкові
    /// повідомили про вибухи": officials reporting from a city usually report on it.
    /// </summary>
    public static bool IsCyrillicVenue(string sentence, int start, int end)
    {
        var before = sentence.AsSpan(0, start).TrimEnd().ToString();
        return CyrillicVenueBefore().IsMatch(before) || (VenuePreposition().IsMatch(before) && CyrillicSayingAfter().IsMatch(sentence.AsSpan(end)));
    }

    [GeneratedRegex(@"(?:стверджують|заявляють|заявили|кажуть|утверждают|заявляют|говорят)\s+(?:у|в|во)$", RegexOptions.IgnoreCase)]
    private static partial Regex CyrillicVenueBefore();

    [GeneratedRegex(@"(?:^|\s)(?:у|в|во)$", RegexOptions.IgnoreCase)]
    private static partial Regex VenuePreposition();

    [GeneratedRegex(@"^\s+(?:(?:традиційно|традиционно|також|также|знову|снова|вже|уже|офіційно|официально)\s+)?(?:заявили|заявляють|заявляют|стверджують|утверждают|наполягають|настаивают|відповіли|ответили)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CyrillicSayingAfter();

    // Only a ministry, military or government speaking: "In Zaporizhzhia, regional governor Ivan Fedorov said missiles hit
    // ..." names the city struck.
    [GeneratedRegex(@"^\W*In\s+(?<n>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?),\s+(?:the\s+|its\s+|a\s+)?(?:[\p{L}'’-]+\s+){0,2}?(?i:ministry|military|army|government|kremlin|general\s+staff)\b[^,.;]{0,30}?\b(?:said|says|claimed|claims|announced|reported|stated|added)\b")]
    private static partial Regex VenueOpening();
}
