using Scraper.Extraction;

namespace Scraper.Webhooks.Subscriptions;

/// <summary>
/// Filters with the diff API's names. Each is a set of accepted values (case-insensitive); empty
/// means any. `kind` is the source kind (ministry, news, monitor); `source` a source id. Claim
/// events use all of them; source events only `source` and `kind`; diff.published none.
/// </summary>
public sealed record SubscriptionFilters
{
    public static readonly SubscriptionFilters None = new();

    public static readonly IReadOnlyList<string> Names = ["country", "attacker", "claimant", "source", "target_group", "kind"];

    public IReadOnlyList<string> Country { get; init; } = [];
    public IReadOnlyList<string> Attacker { get; init; } = [];
    public IReadOnlyList<string> Claimant { get; init; } = [];
    public IReadOnlyList<string> Source { get; init; } = [];
    public IReadOnlyList<string> TargetGroup { get; init; } = [];
    public IReadOnlyList<string> Kind { get; init; } = [];

    public bool MatchesClaim(StrikeClaim claim, IReadOnlyList<string> sourceIds, Func<string, string?> kindOfSource) =>
        Accepts(Country, claim.Country)
        && Accepts(Attacker, claim.Attacker)
        && Accepts(Claimant, claim.Claimant)
        && Accepts(TargetGroup, claim.TargetGroup)
        && MatchesSources(sourceIds, kindOfSource);

    public bool MatchesSources(IReadOnlyList<string> sourceIds, Func<string, string?> kindOfSource) =>
        (Source.Count == 0 || sourceIds.Any(s => Accepts(Source, s)))
        && (Kind.Count == 0 || sourceIds.Any(s => Accepts(Kind, kindOfSource(s))));

    private static bool Accepts(IReadOnlyList<string> accepted, string? value) =>
        accepted.Count == 0 || (value is not null && accepted.Contains(value, StringComparer.OrdinalIgnoreCase));
}
