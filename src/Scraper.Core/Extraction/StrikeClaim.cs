using System.Text.Json.Serialization;

namespace Scraper.Extraction;

/// <summary>
/// One strike claim as extracted from one document. Field meanings are defined in docs/codebook.md;
/// JSON names are the snake_case names of the `scraper extract` contract.
/// </summary>
public sealed record StrikeClaim
{
    public string? Claimant { get; init; }
    public string? ClaimantType { get; init; }
    public string? Attacker { get; init; }
    public string? Target { get; init; }
    public string? TargetType { get; init; }
    public string? TargetGroup { get; init; }
    public string? Place { get; init; }
    public string? PlaceNormalized { get; init; }
    public string? Country { get; init; }
    public string? Admin1 { get; init; }
    public double? Lat { get; init; }
    public double? Lon { get; init; }
    public long? GeonamesId { get; init; }
    public int? GeoPrecision { get; init; }
    public string? EventDate { get; init; }
    public string? EventDateEnd { get; init; }
    public int? DatePrecision { get; init; }
    public int? StrikeCount { get; init; }
    public int? SortieCount { get; init; }
    public int? TargetCount { get; init; }
    public int? Killed { get; init; }
    public int? KilledHigh { get; init; }
    public int? Injured { get; init; }
    public int? InjuredHigh { get; init; }
    public string? CasualtyCategory { get; init; }
    public string? Weapon { get; init; }
    public string? Stance { get; init; }
    public string? Evidence { get; init; }
    public int? EvidenceStart { get; init; }
    public int? EvidenceEnd { get; init; }
    public string? Language { get; init; }
    public double? Confidence { get; init; }
    public string? ExtractorVersion { get; init; }

    /// <summary>True when the place was carried over from an earlier sentence ("near the city"); not serialised.</summary>
    [JsonIgnore]
    public bool PlaceFromContext { get; init; }

    /// <summary>True when the claimant is an umbrella ("US military", "local authorities") whose members name places; not serialised.</summary>
    [JsonIgnore]
    public bool ClaimantCollective { get; init; }

    /// <summary>A local official's region or city as put before their title ("Kherson"); not serialised.</summary>
    [JsonIgnore]
    public string? ClaimantSeat { get; init; }

    /// <summary>The local office (actors.json id) of a governor or mayor claimant ("Belgorod regional governor ..."); not serialised.</summary>
    [JsonIgnore]
    public string? ClaimantOffice { get; init; }

    /// <summary>A regional official's title and name without the region ("regional governor Oleksandr Prokudin"); not serialised.</summary>
    [JsonIgnore]
    public string? ClaimantTitle { get; init; }

    /// <summary>True when the claim comes from the document's first line (a headline); not serialised.</summary>
    [JsonIgnore]
    public bool FromHeadline { get; init; }

    /// <summary>Not serialised in claim payloads: a claim is the same claim whatever the evidence offsets.</summary>
    [JsonIgnore]
    public bool HasPlace => !string.IsNullOrWhiteSpace(PlaceNormalized ?? Place);
}
