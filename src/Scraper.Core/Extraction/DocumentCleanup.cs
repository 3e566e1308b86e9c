namespace Scraper.Extraction;

/// <summary>
/// Document-level rules: a country- or region-wide total that is broken down into named places is not a
/// claim of its own; the same (claimant, place, date) asserted twice (headline and body) is one claim;
/// an unattributed sentence repeating an attributed claim adds nothing.
/// </summary>
public static class DocumentCleanup
{
    public static IReadOnlyList<StrikeClaim> Apply(IReadOnlyList<StrikeClaim> claims)
    {
        // A headline that sums up a claim made in the body is that claim.
        // So is a headline naming only the region or country of a place the body names ("strikes in Idlib countryside").
        var kept = claims.Where(c => !IsBrokenDownTotal(c, claims) && !(c.FromHeadline && claims.Any(o => !o.FromHeadline && (SamePlace(o, c) || Contains(c, o) || Contains(o, c) || SameProvince(o, c))))).ToList();
        kept = WithOneRegionPerOfficial(kept);
        var result = new List<StrikeClaim>();
        foreach (var c in kept)
        {
            var same = result.FindIndex(r => (PlaceKey(r) == PlaceKey(c) || SameWritten(r, c) || SameRegion(r, c) || (SamePlace(r, c) && (r.PlaceFromContext || c.PlaceFromContext))) && r.EventDate == c.EventDate
                && (r.Claimant == c.Claimant || c.Claimant == "unattributed" || r.Claimant == "unattributed" || NamedInFull(r.Claimant, c.Claimant) || NamedInFull(c.Claimant, r.Claimant)
                    || SameSeat(r, c) || SameSeat(c, r)));
            if (same < 0)
            {
                result.Add(c);
            }
            else if (result[same].Claimant == "unattributed" && c.Claimant != "unattributed")
            {
                result[same] = Completed(c, result[same]);
            }
            else
            {
                // "Під обстрілом: Херсон, ..." then "У Херсоні ... загинула жінка": the list item and the detail are one claim.
                result[same] = Completed(result[same], c);
            }
        }

        return result;
    }

    /// <summary>
    /// A governor (named, or the regional authorities) speaks for one region: the region is read off each place, so a village resolved to a namesake
    /// elsewhere ("Stanislav" in Ivano-Frankivsk among Kherson villages) would name another region's governor. The
    /// region most of that person's claims agree on is theirs.
    /// </summary>
    private static List<StrikeClaim> WithOneRegionPerOfficial(List<StrikeClaim> claims)
    {
        var renamed = new Dictionary<StrikeClaim, string>(ReferenceEqualityComparer.Instance);
        // A bare title ("regional governor") is one person within a sentence only: a wire report quotes several regions' governors.
        foreach (var person in claims.Where(c => c.ClaimantTitle is not null)
            .GroupBy(c => !c.ClaimantTitle!.Any(char.IsUpper) ? $"{c.ClaimantTitle}@{c.EvidenceStart}" : c.ClaimantTitle, StringComparer.Ordinal))
        {
            // Claims whose place gave no region ("regional governor X" about a village GeoNames lacks) take it too.
            // A tie goes to the region the person's own sentences name ("In Russia's Belgorod region, Governor ... said").
            bool Named(IGrouping<string, StrikeClaim> g) => person.Any(c => c.Evidence?.Contains(g.Key, StringComparison.Ordinal) == true);
            var regions = person.Where(c => c.ClaimantSeat is not null).GroupBy(c => c.ClaimantSeat!, StringComparer.Ordinal)
                .OrderByDescending(g => g.Count()).ThenByDescending(Named).ToList();
            var regional = regions.Sum(g => g.Count());
            var wins = regions.Count > 0 && (regions[0].Count() * 2 > regional || (regions[0].Count() * 2 == regional && Named(regions[0]) && !Named(regions[1])));
            if (wins && (regions.Count > 1 || regional < person.Count()))
            {
                foreach (var claim in person.Where(c => c.ClaimantSeat != regions[0].Key))
                {
                    renamed[claim] = regions[0].Key;
                }
            }
        }

        return renamed.Count == 0 ? claims
            : claims.Select(c => renamed.TryGetValue(c, out var seat) ? c with { Claimant = seat + " " + c.ClaimantTitle, ClaimantSeat = seat } : c).ToList();
    }

    /// <summary>"Kursk regional governor" and, in the quote that follows, "Kursk regional governor Alexander Khinshtein": one speaker.</summary>
    /// <summary>"Kursk regional governor" or "Vladimir Saldo" within "Kursk regional governor Alexander Khinshtein", "Kherson regional governor Vladimir Saldo".</summary>
    private static bool NamedInFull(string? title, string? full) =>
        title is not null && full is not null && full.Length > title.Length + 1
        && (full.StartsWith(title + " ", StringComparison.Ordinal) || (title.Contains(' ', StringComparison.Ordinal) && full.EndsWith(" " + title, StringComparison.Ordinal)));

    /// <summary>"Kharkiv local authorities" in a lead and "Kharkiv mayor Ihor Terekhov" quoted below: the city's authorities are its mayor.</summary>
    private static bool SameSeat(StrikeClaim collective, StrikeClaim named) =>
        collective.ClaimantCollective && named is { ClaimantCollective: false, ClaimantOffice: "mayor" } && collective.Attacker == named.Attacker
        && collective.Claimant is { } c && named.Claimant is { } n
        && c.IndexOf(' ', StringComparison.Ordinal) is > 0 and var end && n.StartsWith(c[..(end + 1)], StringComparison.Ordinal);

    private static StrikeClaim Completed(StrikeClaim kept, StrikeClaim other) => (NamedInFull(kept.Claimant, other.Claimant) || SameSeat(kept, other)
        ? kept with { Claimant = other.Claimant, ClaimantType = other.ClaimantType, ClaimantCollective = other.ClaimantCollective, ClaimantSeat = other.ClaimantSeat, ClaimantOffice = other.ClaimantOffice }
        : kept) with
    {
        StrikeCount = kept.StrikeCount ?? other.StrikeCount,
        Killed = kept.Killed ?? other.Killed,
        KilledHigh = kept.Killed is null ? other.KilledHigh : kept.KilledHigh,
        Injured = kept.Injured ?? other.Injured,
        InjuredHigh = kept.Injured is null ? other.InjuredHigh : kept.InjuredHigh,
        CasualtyCategory = kept.CasualtyCategory ?? other.CasualtyCategory,
        TargetGroup = kept.TargetGroup ?? other.TargetGroup,
        Weapon = kept.Weapon ?? other.Weapon,
    };

    /// <summary>"the southern Odesa region" and "the Odesa, Kharkiv and Poltava regions": a region has no qualifiers to tell apart.</summary>
    private static bool SameRegion(StrikeClaim a, StrikeClaim b) =>
        a.GeoPrecision >= 4 && a.GeoPrecision == b.GeoPrecision && a.Country == b.Country && a.PlaceNormalized is not null
        && string.Equals(a.PlaceNormalized, b.PlaceNormalized, StringComparison.OrdinalIgnoreCase);

    /// <summary>The same name in another case ("Херсон", "у Херсоні") in the same country; qualifiers must agree.</summary>
    private static bool SameWritten(StrikeClaim a, StrikeClaim b)
    {
        if (a.Place is not { } x || b.Place is not { } y || a.Country != b.Country || a.PlaceFromContext || b.PlaceFromContext)
        {
            return false;
        }

        x = x.ToLowerInvariant();
        y = y.ToLowerInvariant();
        var common = 0;
        while (common < Math.Min(x.Length, y.Length) && x[common] == y[common])
        {
            common++;
        }

        return common >= 4 && common >= Math.Max(x.Length, y.Length) - 3 && !x.Contains(' ', StringComparison.Ordinal) && !y.Contains(' ', StringComparison.Ordinal);
    }

    // A country-wide line is summed up by the named places of its claimant; an unattributed or umbrella one ("The United
    // States carried out air strikes in Iraq, the US military said") by those of the same attacker and day, whoever
    // names them. The Air Force's "Russia launched 112 drones at Ukraine" stays beside the governors' places.
    private static bool IsBrokenDownTotal(StrikeClaim c, IReadOnlyList<StrikeClaim> all) =>
        c.GeoPrecision >= 4 && all.Any(o => o != c && o.Country == c.Country && o.GeoPrecision < c.GeoPrecision
            && (c.GeoPrecision == 6 || o.Admin1 == c.Admin1)
            // "denied that its aircraft had struck civilian sites in Idlib city ... said its jets had hit militants in
            // Idlib and Hama provinces": a denial breaks down no claim.
            && (o.Stance == "denial") == (c.Stance == "denial")
            // "Ukrainian drones struck ... in the Rostov region, Russian officials said" over the governors' towns: the
            // officials' summary is the towns' claims.
            && (((o.Claimant == c.Claimant || NamedInFull(c.Claimant, o.Claimant) || NamedInFull(o.Claimant, c.Claimant)) && !DifferentDays(c, o))
                || (c.GeoPrecision == 6 && (c.Claimant == "unattributed" || c.ClaimantCollective || c.Claimant == c.Attacker) && o.Attacker == c.Attacker && (o.EventDate == c.EventDate || o.EventDate is null || c.EventDate is null))
                || (c.GeoPrecision < 6 && c.ClaimantCollective && o.Attacker == c.Attacker && SameOrNextDay(o.EventDate, c.EventDate))));

    // "On June 10, ... in northwest Syria" and "On June 11, ... in the Jabal Bishri area": two single days apart are two
    // strikes, not a total and its breakdown.
    private static bool DifferentDays(StrikeClaim single, StrikeClaim other) =>
        single is { StrikeCount: 1, DatePrecision: 1, EventDate: { } x } && other is { DatePrecision: 1, EventDate: { } y } && x != y;

    // "overnight" in one account is the day before "on Sunday" in another.
    private static bool SameOrNextDay(string? a, string? b) =>
        a is null || b is null || a == b || (DateOnly.TryParse(a, System.Globalization.CultureInfo.InvariantCulture, out var x)
            && DateOnly.TryParse(b, System.Globalization.CultureInfo.InvariantCulture, out var y) && Math.Abs(x.DayNumber - y.DayNumber) <= 1);

    private static bool Contains(StrikeClaim region, StrikeClaim place) =>
        region.GeoPrecision >= 4 && place.GeoPrecision < region.GeoPrecision && region.Country is not null && place.Country == region.Country
            && (region.GeoPrecision == 6 || place.Admin1 == region.Admin1);

    /// <summary>A headline naming the province's seat ("strikes on ... Daraa") sums up a body place in that province.</summary>
    private static bool SameProvince(StrikeClaim body, StrikeClaim headline) =>
        body.Country is not null && body.Country == headline.Country && body.Admin1 is not null && body.Admin1 == headline.Admin1;

    private static bool SamePlace(StrikeClaim a, StrikeClaim b) =>
        (a.GeonamesId ?? -1) == (b.GeonamesId ?? -2) || string.Equals(a.PlaceNormalized, b.PlaceNormalized, StringComparison.OrdinalIgnoreCase);

    // The written form is part of the key: "west of Bayji" and "northeast of Bayji" are two strikes.
    private static string PlaceKey(StrikeClaim c) =>
        (c.GeonamesId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? c.PlaceNormalized ?? "") + "|" + (c.Place ?? "").ToLowerInvariant();
}
