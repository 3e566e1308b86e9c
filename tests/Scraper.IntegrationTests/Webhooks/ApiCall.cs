using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Scraper.IntegrationTests.Webhooks;

/// <summary>Runs a route handler on a DefaultHttpContext and reads back the status and JSON body.</summary>
internal static class ApiCall
{
    public static async Task<(int Status, JsonNode? Body, string Raw)> InvokeAsync(
        IServiceProvider services,
        Func<HttpRequest, CancellationToken, Task<IResult>> handler,
        string? body = null,
        Dictionary<string, string>? route = null,
        string? query = null)
    {
        var ctx = new DefaultHttpContext { RequestServices = services };
        ctx.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body ?? ""));
        ctx.Request.ContentType = "application/json";
        if (query is not null)
        {
            ctx.Request.QueryString = new QueryString(query);
        }

        foreach (var (k, v) in route ?? [])
        {
            ctx.Request.RouteValues[k] = v;
        }

        var response = new MemoryStream();
        ctx.Response.Body = response;
        var result = await handler(ctx.Request, CancellationToken.None);
        await result.ExecuteAsync(ctx);
        var raw = Encoding.UTF8.GetString(response.ToArray());
        return (ctx.Response.StatusCode, raw.Length > 0 ? JsonNode.Parse(raw) : null, raw);
    }
}
