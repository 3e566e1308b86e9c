namespace Scraper.Extraction.Lexicons;

/// <summary>
/// A claimant or attacker (data/lexicons/actors.json). <see cref="Sides"/> are the attackers whose strikes
/// this actor asserts as its own (stance claim); <see cref="Enemy"/> is who "the enemy" means in its texts.
/// Types: ministry, monitor, activists, armed_group, official, forces, state, media, generic. <see cref="Scope"/>
/// ("region", "city") marks local officials, named with the region or city of the place they report on;
/// <see cref="Country"/> is a state's territory, struck by its <see cref="Enemy"/> when the text names no attacker;
/// <see cref="Collective"/> marks an umbrella ("US military", "local authorities") whose members name the places;
/// <see cref="Refers"/> says which named speaker a generic word stands for ("the ministry", "the agency");
/// <see cref="HomeMinistry"/> is the ministry a state outlet's bare "the Defence Ministry" means.
/// </summary>
public sealed record ActorEntry(
    string Id,
    string Claimant,
    string Type,
    bool Issuer,
    IReadOnlyList<string> Sides,
    IReadOnlyList<string> Aliases,
    string? Enemy = null,
    string? Scope = null,
    string? Country = null,
    bool Collective = false,
    string? Refers = null,
    string? HomeMinistry = null)
{
    public string? Attacker => Sides.Count > 0 ? Sides[0] : null;

    /// <summary>Can this actor be the one asserting a claim? Forces and adjectives ("Russian jets") only strike.</summary>
    public bool CanClaim => Type is not "forces";
}
