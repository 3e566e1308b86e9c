using Azure;
using Microsoft.AspNetCore.Http;
using Scraper.Sources;
using Scraper.Storage;

namespace Scraper.Api;

/// <summary>GET /api/health (anonymous): storage reachability and the last successful run per source.</summary>
public sealed class HealthApi(ScraperStorage storage, ISourceCatalog catalog, SourceStateStore state, TimeProvider time)
{
    public async Task<IResult> GetAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        string? storageError = null;
        try
        {
            await storage.Table(StorageNames.SourceStateTable).GetEntityIfExistsAsync<Azure.Data.Tables.TableEntity>("health-probe", "none", cancellationToken: cancellationToken);
        }
        catch (RequestFailedException ex)
        {
            storageError = $"{ex.Status} {ex.ErrorCode}";
        }
        catch (HttpRequestException ex)
        {
            storageError = ex.Message;
        }

        var sources = new List<object>();
        if (storageError is null)
        {
            foreach (var s in await catalog.GetAllAsync(cancellationToken))
            {
                var h = await state.GetHealthAsync(s.Id, cancellationToken);
                var status = !s.Enabled ? "disabled" : h.IsFailing ? "failing" : h.IsSilent(s.ExpectedUpdatePeriod, time.GetUtcNow()) ? "silent" : "ok";
                sources.Add(new { id = s.Id, status, last_success = h.LastSuccess, last_run = h.LastRun, consecutive_failures = h.ConsecutiveFailures });
            }
        }

        var body = new { status = storageError is null ? "ok" : "degraded", storage = storageError ?? "reachable", checked_at = time.GetUtcNow(), sources };
        return Results.Json(body, ScraperJson.Api, statusCode: storageError is null ? 200 : 503);
    }
}
