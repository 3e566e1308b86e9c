using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Scraper.Extraction;

namespace Scraper.Claims;

/// <summary>
/// Merge rule: one claim per (claimant, attacker, place, event date, target group). The id is a hash
/// of that key, so the same claim from several documents or retries lands on the same row.
/// </summary>
public static class ClaimIdentity
{
    public static string MergeKey(StrikeClaim claim, DateOnly? fallbackDate)
    {
        static string Norm(string? s) => (s ?? "").Trim().ToLower(CultureInfo.InvariantCulture);
        var place = claim.GeonamesId?.ToString(CultureInfo.InvariantCulture) ?? Norm(claim.PlaceNormalized ?? claim.Place);
        var date = claim.EventDate ?? fallbackDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
        return string.Join('|', Norm(claim.Claimant), Norm(claim.Attacker), place, date, Norm(claim.TargetGroup));
    }

    public static string ClaimId(string mergeKey) =>
        "c" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(mergeKey)))[..24];

    /// <summary>Key of a source item in the Documents table (item ids may contain '/', '#', '?').</summary>
    public static string DocumentKey(string itemId) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(itemId)))[..32];
}
