namespace Scraper.Api;

/// <summary>Routes of the claims API.</summary>
public sealed class ClaimsApiRoutes(ClaimsApi api) : IApiRouteProvider
{
    public const string GetClaim = nameof(GetClaim);
    public const string ListChangedClaims = nameof(ListChangedClaims);

    public IEnumerable<ApiRoute> GetRoutes() =>
    [
        new("GET", "claims/{id}", ApiAccess.Read, GetClaim, "A claim with its version history, evidence, supporting documents and snapshot links", api.GetAsync),
        new("GET", "claims", ApiAccess.Read, ListChangedClaims, "Claim changes since a timestamp (catch-up clients)", api.ListChangedAsync, ["changed_since"]),
    ];
}
