using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Scraper.Api;
using Scraper.Functions.Http;

namespace Scraper.Functions.Diffs;

/// <summary>GET /api/diffs/{date}: one UTC day's diff (function key).</summary>
public sealed class GetDailyDiff(DiffApi api)
{
    [Function(DiffApiRoutes.GetDailyDiff)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "diffs/{date}")] HttpRequest request,
        string date,
        CancellationToken cancellationToken)
    {
        request.RouteValues["date"] = date;
        return new ApiActionResult(await api.GetDayAsync(request, cancellationToken));
    }
}
