using Scraper.Extraction;

namespace Scraper.Diffs;

/// <summary>
/// Filters shared by the diff API and webhook subscriptions. Each is a set of accepted values
/// (comma-separated in a query string, case-insensitive); an empty set accepts everything.
/// </summary>
public sealed record DiffFilter
{
    public static readonly IReadOnlyList<string> Names = ["country", "attacker", "claimant", "source", "target_group", "kind", "change"];

    public static readonly DiffFilter None = new();

    public IReadOnlySet<string> Country { get; init; } = Empty;
    public IReadOnlySet<string> Attacker { get; init; } = Empty;
    public IReadOnlySet<string> Claimant { get; init; } = Empty;
    public IReadOnlySet<string> Source { get; init; } = Empty;
    public IReadOnlySet<string> TargetGroup { get; init; } = Empty;
    /// <summary>Source kind: ministry, news or monitor.</summary>
    public IReadOnlySet<string> Kind { get; init; } = Empty;
    public IReadOnlySet<string> Change { get; init; } = Empty;

    public bool IsEmpty => Country.Count + Attacker.Count + Claimant.Count + Source.Count + TargetGroup.Count + Kind.Count + Change.Count == 0;

    private static IReadOnlySet<string> Empty { get; } = new HashSet<string>();

    public bool Matches(DiffEntry entry) =>
        Accepts(Change, entry.Change.ToString())
        && Matches(entry.Claim, entry.SourceIds, entry.SourceKinds);

    public bool Matches(StrikeClaim claim, IReadOnlyList<string> sourceIds, IReadOnlyList<string> sourceKinds) =>
        Accepts(Country, claim.Country)
        && Accepts(Attacker, claim.Attacker)
        && Accepts(Claimant, claim.Claimant)
        && Accepts(TargetGroup, claim.TargetGroup)
        && (Source.Count == 0 || sourceIds.Any(Source.Contains))
        && (Kind.Count == 0 || sourceKinds.Any(Kind.Contains));

    public static IReadOnlySet<string> Set(IEnumerable<string> values) =>
        new HashSet<string>(values.Select(v => v.Trim()).Where(v => v.Length > 0), StringComparer.OrdinalIgnoreCase);

    private static bool Accepts(IReadOnlySet<string> accepted, string? value) =>
        accepted.Count == 0 || (value is not null && accepted.Contains(value));
}
