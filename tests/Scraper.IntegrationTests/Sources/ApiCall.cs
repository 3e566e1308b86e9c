using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Scraper.IntegrationTests.Infrastructure;

namespace Scraper.IntegrationTests.Sources;

/// <summary>Calls a route handler as the HTTP hosts do and reads back status and JSON body.</summary>
internal static class ApiCall
{
    public static async Task<(int Status, JsonElement Body)> InvokeAsync(
        ScraperTestHost host, Func<HttpRequest, CancellationToken, Task<IResult>> handler, string? id = null, string? body = null, string query = "")
    {
        var context = new DefaultHttpContext { RequestServices = host.Services };
        if (id is not null)
        {
            context.Request.RouteValues["id"] = id;
        }

        context.Request.QueryString = new QueryString(query);
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body ?? ""));
        var output = new MemoryStream();
        context.Response.Body = output;

        var result = await handler(context.Request, CancellationToken.None);
        await result.ExecuteAsync(context);

        var json = output.Length == 0 ? default : JsonDocument.Parse(output.ToArray()).RootElement.Clone();
        return (context.Response.StatusCode, json);
    }
}
