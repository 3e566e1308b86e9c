using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Scraper.Api;

namespace Scraper.Cli.Local;

/// <summary>
/// `scraper serve`: every IApiRouteProvider route under /api on Kestrel, with the same handlers as the
/// Functions app and the same key rules (x-functions-key header or ?code=; admin routes need the admin key).
/// </summary>
internal sealed partial class ApiServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ApiServer(WebApplication app, Uri baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    public static async Task<ApiServer> StartAsync(IServiceProvider services, ApiKeys keys, string url, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(url);
        var app = builder.Build();
        var anonymousReads = services.GetRequiredService<IOptions<ApiOptions>>().Value.AnonymousReads;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("Scraper.Cli.Api");
        app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The one edge where unexpected failures become a 500 problem instead of a dropped connection.
                LogUnhandled(logger, context.Request.Method, context.Request.Path, ex);
                if (context.Response.HasStarted)
                {
                    throw;
                }

                context.Response.Clear();
                await Results.Problem(title: "Internal error", detail: "the request failed; see the server log", statusCode: 500).ExecuteAsync(context);
            }
        });
        foreach (var route in services.GetServices<IApiRouteProvider>().SelectMany(p => p.GetRoutes()))
        {
            app.MapMethods("/api/" + route.Pattern, [route.Method], async (HttpContext context) =>
            {
                var denied = Authorize(context.Request, route.Access, keys, anonymousReads);
                var result = denied ?? await route.Handler(context.Request, context.RequestAborted);
                await result.ExecuteAsync(context);
            }).WithName(route.Name);
        }

        app.MapFallback((HttpContext c) => Problems.NotFound($"no route {c.Request.Method} {c.Request.Path}"));
        await app.StartAsync(cancellationToken);
        return new ApiServer(app, new Uri(app.Urls.First().TrimEnd('/') + "/api/"));
    }

    /// <summary>Null when allowed; a 401 problem otherwise.</summary>
    public static IResult? Authorize(HttpRequest request, ApiAccess access, ApiKeys keys, bool anonymousReads)
    {
        if (access == ApiAccess.Anonymous || (access == ApiAccess.Read && anonymousReads))
        {
            return null;
        }

        var presented = request.Headers["x-functions-key"].FirstOrDefault() ?? request.Query["code"].FirstOrDefault();
        if (string.IsNullOrEmpty(presented))
        {
            return Problems.Unauthorized("this route needs a key in the x-functions-key header or the code query parameter");
        }

        var ok = Same(presented, keys.AdminKey) || (access == ApiAccess.Read && Same(presented, keys.ReadKey));
        return ok ? null : Problems.Unauthorized(access == ApiAccess.Admin ? "this route needs the admin key" : "the key is not valid");
    }

    private static bool Same(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(a), Encoding.UTF8.GetBytes(b));

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled error for {Method} {Path}")]
    private static partial void LogUnhandled(ILogger logger, string method, string path, Exception exception);

    public Task WaitForShutdownAsync(CancellationToken cancellationToken) => _app.WaitForShutdownAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
