using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Scraper.Api;

/// <summary>
/// GET /api/openapi.json, generated from the registered route table, so every route is documented
/// and none can be forgotten.
/// </summary>
public sealed partial class OpenApiDocument(IServiceProvider services)
{
    public Task<IResult> GetAsync(HttpRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(Results.Text(Build().ToJsonString(), "application/json"));

    public JsonObject Build()
    {
        var paths = new JsonObject();
        foreach (var route in services.GetServices<IApiRouteProvider>().SelectMany(p => p.GetRoutes()).OrderBy(r => r.Pattern, StringComparer.Ordinal))
        {
            var path = "/api/" + route.Pattern;
            var item = paths[path] as JsonObject ?? new JsonObject();
            paths[path] = item;
            var parameters = new JsonArray();
            foreach (Match m in RouteParameter().Matches(route.Pattern))
            {
                parameters.Add(new JsonObject { ["name"] = m.Groups[1].Value, ["in"] = "path", ["required"] = true, ["schema"] = new JsonObject { ["type"] = "string" } });
            }

            foreach (var q in route.Parameters ?? [])
            {
                parameters.Add(new JsonObject { ["name"] = q, ["in"] = "query", ["required"] = false, ["schema"] = new JsonObject { ["type"] = "string" } });
            }

            var operation = new JsonObject
            {
                ["operationId"] = route.Name,
                ["summary"] = route.Summary,
                ["parameters"] = parameters,
                ["responses"] = new JsonObject
                {
                    ["200"] = new JsonObject { ["description"] = "OK" },
                    ["400"] = new JsonObject { ["description"] = "Invalid parameter (RFC 7807 problem details)" },
                    ["401"] = new JsonObject { ["description"] = "Missing or wrong key" },
                    ["404"] = new JsonObject { ["description"] = "Not found (problem details)" },
                },
            };
            if (route.Access != ApiAccess.Anonymous)
            {
                operation["security"] = new JsonArray(new JsonObject { [route.Access == ApiAccess.Admin ? "adminKey" : "functionKey"] = new JsonArray() });
            }

            item[route.Method.ToLowerInvariant()] = operation;
        }

        return new JsonObject
        {
            ["openapi"] = "3.0.3",
            ["info"] = new JsonObject { ["title"] = "Scraper strike-claims API", ["version"] = "1.0" },
            ["paths"] = paths,
            ["components"] = new JsonObject
            {
                ["securitySchemes"] = new JsonObject
                {
                    ["functionKey"] = new JsonObject { ["type"] = "apiKey", ["in"] = "header", ["name"] = "x-functions-key" },
                    ["adminKey"] = new JsonObject { ["type"] = "apiKey", ["in"] = "header", ["name"] = "x-functions-key", ["description"] = "admin (master) key" },
                },
            },
        };
    }

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex RouteParameter();
}
