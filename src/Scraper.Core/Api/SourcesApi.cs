using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Scraper.Sources;
using Scraper.Storage;

namespace Scraper.Api;

/// <summary>
/// Source catalogue and health: GET /api/sources, GET /api/sources/{id}, GET /api/sources/{id}/runs (read),
/// PUT/DELETE /api/sources/{id} (admin, runtime overrides in Table "Sources").
/// </summary>
public sealed partial class SourcesApi(
    LayeredSourceCatalog catalog,
    SourceOverrideStore overrides,
    SourceStateStore state,
    RunStore runs,
    TimeProvider time)
{
    public const int DefaultRuns = 50;
    public const int MaxRuns = 500;

    public async Task<IResult> ListAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var entries = await catalog.GetWithOriginAsync(cancellationToken);
        var health = await state.GetAllHealthAsync(cancellationToken);
        var now = time.GetUtcNow();
        var list = entries.Select(e => Summary(e, health.GetValueOrDefault(e.Source.Id) ?? Empty(e.Source.Id), now)).ToList();
        return Results.Json(new { count = list.Count, sources = list }, ScraperJson.Api);
    }

    public async Task<IResult> GetAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var id = Id(request);
        if (await catalog.FindWithOriginAsync(id, cancellationToken) is not { } entry)
        {
            return Problems.NotFound($"no source '{id}'");
        }

        var health = await state.GetHealthAsync(id, cancellationToken);
        var body = new JsonObject
        {
            ["origin"] = Origin(entry),
            ["status"] = SourceStatus.Of(entry.Source, health, time.GetUtcNow()),
            ["health"] = HealthJson(health),
            ["source"] = SourceEntryJson.ToJson(entry.Source),
        };
        return Results.Json(body, ScraperJson.Api);
    }

    public async Task<IResult> RunsAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var id = Id(request);
        var max = DefaultRuns;
        if (request.Query.TryGetValue("max", out var maxText)
            && (!int.TryParse(maxText, NumberStyles.None, CultureInfo.InvariantCulture, out max) || max is < 1 or > MaxRuns))
        {
            return Problems.BadParameter("max", $"a whole number from 1 to {MaxRuns}");
        }

        if (await catalog.FindAsync(id, cancellationToken) is null)
        {
            return Problems.NotFound($"no source '{id}'");
        }

        var list = await runs.RecentAsync(id, max, cancellationToken);
        var items = list.Select(r => new
        {
            run_id = r.RunId,
            started = r.Started,
            duration_ms = (long)r.Duration.TotalMilliseconds,
            http_status = r.HttpStatus,
            bytes = r.Bytes,
            not_modified = r.NotModified,
            items_new = r.ItemsNew,
            items_unchanged = r.ItemsUnchanged,
            items_changed = r.ItemsChanged,
            claims = r.ClaimChanges,
            succeeded = r.Succeeded,
            error = r.Error,
        });
        return Results.Json(new { source_id = id, runs = items }, ScraperJson.Api);
    }

    private static object Summary(CatalogEntry e, SourceHealth h, DateTimeOffset now) => new
    {
        id = e.Source.Id,
        name = e.Source.Name,
        kind = e.Source.Kind,
        adapter = e.Source.Adapter,
        enabled = e.Source.Enabled,
        origin = Origin(e),
        status = SourceStatus.Of(e.Source, h, now),
        last_run = h.LastRun,
        last_success = h.LastSuccess,
        last_new_item = h.LastNewItem,
        consecutive_failures = h.ConsecutiveFailures,
        last_error = h.LastError,
    };

    private static JsonObject HealthJson(SourceHealth h) => new()
    {
        ["last_run"] = h.LastRun,
        ["last_success"] = h.LastSuccess,
        ["last_new_item"] = h.LastNewItem,
        ["consecutive_failures"] = h.ConsecutiveFailures,
        ["last_error"] = h.LastError,
    };

    private static string Origin(CatalogEntry e) => e.Origin == SourceOrigin.File ? "file" : e.InFile ? "file+override" : "override";

    private static SourceHealth Empty(string id) => new(id, 0, null, null, null, null);

    private static string Id(HttpRequest request) => request.RouteValues["id"]?.ToString() ?? "";
}
