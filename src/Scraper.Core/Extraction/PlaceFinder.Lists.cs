using System.Text.RegularExpressions;
using Scraper.Extraction.Lexicons;

namespace Scraper.Extraction;

/// <summary>Walking a list of Latin place names: fillers after a marker, where an item ends and the next begins.</summary>
public sealed partial class PlaceFinder
{
    private static int SkipFillers(string s, int pos, LanguageLexicon lex)
    {
        // hit "the Jousieh border crossing": a quotation opening after the marker is no end of the place phrase.
        var quote = pos;
        while (quote < s.Length && char.IsWhiteSpace(s[quote]))
        {
            quote++;
        }

        if (quote < s.Length && s[quote] is '"' or '“')
        {
            pos = quote + 1;
        }

        while (true)
        {
            var w = FillerWord().Match(s, pos);
            var possessive = w.Success && Possessive().IsMatch(w.Groups[1].Value) && !CityPossessive().Match(s, w.Groups[1].Index).Success;
            if (!w.Success || w.Index != pos || !(lex.PlaceFillers.Contains(w.Groups[1].Value) || w.Groups[1].Value is "of" or "a" or "an" || possessive))
            {
                while (pos < s.Length && char.IsWhiteSpace(s[pos]))
                {
                    pos++;
                }

                return pos;
            }

            pos = w.Index + w.Length;
        }
    }

    [GeneratedRegex(@"\G\s*(\p{L}[\p{L}'’\-]*)\s*")]
    private static partial Regex FillerWord();

    [GeneratedRegex(@"^\p{Lu}\p{L}+['’]s$")]
    private static partial Regex Possessive();

    [GeneratedRegex(@"\G(?:\s*(?:[,;.:)(]|$)|\s+(?:and|or|in|on|near|north|south|east|west|of|villages?|towns?|areas?|camps?|regions|provinces)\b)")]
    private static partial Regex ItemEnd();

    [GeneratedRegex(@"\G\s+(?:\p{Ll}+(?:ed|ing)|throughout|during|overnight|with|after|before|at|early|late|last|this|yesterday|today|from|until)\b")]
    private static partial Regex LastItemEnd();

    [GeneratedRegex(@"\G\s+(?:(?:sea)?port|power\s+(?:station|plant)|(?:oil\s+)?refinery|air\s*base|airport|airfield|(?:border\s+)?crossing)\b")]
    private static partial Regex FacilityTail();

    [GeneratedRegex(@"\G(?:,\s+|\s+)and\s+(?:the\s+)?(?=\p{Lu})")]
    private static partial Regex FacilityListNext();

    [GeneratedRegex(@"\G\s+(?:regions|provinces|governorates|oblasts)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PluralRegionWord();

    [GeneratedRegex(@"\G\s+in\s+(?:the\s+)?\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?\s+(?:[Oo]blast|[Rr]egion|[Pp]rovince|[Gg]overnorate)\s*;\s*(?:and\s+)?")]
    private static partial Regex RegionGroupNext();

    [GeneratedRegex(@"\G\s+(?:city|town)\b")]
    private static partial Regex CityWordAfter();

    [GeneratedRegex(@"\G(?:,?\s+as\s+well\s+as\s+(?:the\s+)?|,\s+(?:and\s+)?(?:the\s+(?=\p{Lu}[\p{L}'’-]+(?:(?:,\s*|\s+and\s+)\p{Lu}[\p{L}'’-]+)*\s+(?:community|communities|hromadas?|villages?|towns?)\b))?|\s+and\s+(?:the\s+(?=\p{Lu}[\p{L}'’-]+(?:(?:,\s*|\s+and\s+)\p{Lu}[\p{L}'’-]+)*\s+(?:community|communities|hromadas?|villages?|towns?)\b))?|\s+or\s+)")]
    private static partial Regex ListNext();
}
