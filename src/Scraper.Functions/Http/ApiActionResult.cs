using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Scraper.Functions.Http;

/// <summary>
/// The worker's ASP.NET Core integration accepts IActionResult, the shared handlers return IResult:
/// this runs the IResult against the real response.
/// </summary>
public sealed class ApiActionResult(IResult result) : IActionResult
{
    public IResult Result => result;

    public Task ExecuteResultAsync(ActionContext context) => result.ExecuteAsync(context.HttpContext);
}
