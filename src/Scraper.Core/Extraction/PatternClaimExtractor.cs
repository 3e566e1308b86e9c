using System.Globalization;
using System.Text.RegularExpressions;

namespace Scraper.Extraction;

/// <summary>
/// Minimal English extractor: "struck ... near X", "conducted N strikes near X". The full
/// multilingual extractor replaces it; the contract (one claim per place, evidence offsets) stays.
/// </summary>
public sealed partial class PatternClaimExtractor : IClaimExtractor
{
    public string Version => "pattern-0.1";

    public IReadOnlyList<StrikeClaim> Extract(ExtractionInput input)
    {
        var claims = new List<StrikeClaim>();
        foreach (Match sentence in SentencePattern().Matches(input.Text))
        {
            var s = sentence.Value;
            if (!StrikeVerb().IsMatch(s))
            {
                continue;
            }

            foreach (Match place in NearPlace().Matches(s))
            {
                var count = StrikeCount().Match(s);
                claims.Add(new StrikeClaim
                {
                    Claimant = input.SourceName,
                    ClaimantType = input.SourceKind == "ministry" ? "ministry" : "media",
                    Attacker = input.SourceKind == "ministry" ? input.SourceName : null,
                    Place = place.Groups["place"].Value,
                    PlaceNormalized = place.Groups["place"].Value,
                    EventDate = input.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    DatePrecision = input.Published is null ? null : 1,
                    StrikeCount = count.Success ? int.Parse(count.Groups["n"].Value, CultureInfo.InvariantCulture) : null,
                    Stance = input.SourceKind == "ministry" ? "claim" : "report",
                    Evidence = s.Trim(),
                    EvidenceStart = sentence.Index,
                    EvidenceEnd = sentence.Index + sentence.Length,
                    Language = "en",
                    Confidence = 0.5,
                    ExtractorVersion = Version,
                });
            }
        }

        return claims;
    }

    [GeneratedRegex(@"[^.!?\n]+[.!?]?")]
    private static partial Regex SentencePattern();

    [GeneratedRegex(@"\b(struck|strikes?|airstrikes?|bombed|hit)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StrikeVerb();

    [GeneratedRegex(@"\b(?:near|in)\s+(?<place>[A-Z][\p{L}'\-]+(?:\s[A-Z][\p{L}'\-]+)?)")]
    private static partial Regex NearPlace();

    [GeneratedRegex(@"\b(?<n>\d+)\s+(?:air)?strikes\b", RegexOptions.IgnoreCase)]
    private static partial Regex StrikeCount();
}
