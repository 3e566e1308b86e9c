namespace Scraper.Api;

/// <summary>Routes of the daily diff API.</summary>
public sealed class DiffApiRoutes(DiffApi api) : IApiRouteProvider
{
    public const string GetDailyDiff = nameof(GetDailyDiff);
    public const string GetDiffManifest = nameof(GetDiffManifest);
    public const string GetLatestDiff = nameof(GetLatestDiff);

    public IEnumerable<ApiRoute> GetRoutes() =>
    [
        new("GET", "diffs", ApiAccess.Read, GetDiffManifest, "Manifest of published days: entry counts, sizes and SHA-256 per file", api.GetManifestAsync),
        new("GET", "diffs/latest", ApiAccess.Read, GetLatestDiff, "Manifest entry of the newest published day", api.GetLatestAsync),
        new("GET", "diffs/{date}", ApiAccess.Read, GetDailyDiff, "Added, changed and removed claims of one UTC day", api.GetDayAsync,
            ["format", "limit", "continuation", "country", "attacker", "claimant", "source", "target_group", "kind", "change"]),
    ];
}
