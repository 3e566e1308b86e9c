namespace Scraper.Api;

/// <summary>The source catalogue and health routes.</summary>
public sealed class SourcesApiRoutes(SourcesApi api) : IApiRouteProvider
{
    public const string ListSources = nameof(ListSources);
    public const string GetSource = nameof(GetSource);
    public const string PutSource = nameof(PutSource);
    public const string DeleteSource = nameof(DeleteSource);
    public const string ListSourceRuns = nameof(ListSourceRuns);

    public IEnumerable<ApiRoute> GetRoutes() =>
    [
        new("GET", "sources", ApiAccess.Read, ListSources, "Every source with its status (ok, failing, silent, disabled), last run, last success and consecutive failures", api.ListAsync),
        new("GET", "sources/{id}", ApiAccess.Admin, GetSource, "One source's effective definition (file or runtime override) and health", api.GetAsync),
        new("PUT", "sources/{id}", ApiAccess.Admin, PutSource, "Create or replace a runtime override of a source (catalogue entry format)", api.PutAsync),
        new("DELETE", "sources/{id}", ApiAccess.Admin, DeleteSource, "Remove a source's runtime override (the file entry applies again)", api.DeleteAsync),
        new("GET", "sources/{id}/runs", ApiAccess.Read, ListSourceRuns, "A source's recent runs, newest first", api.RunsAsync, ["max"]),
    ];
}
