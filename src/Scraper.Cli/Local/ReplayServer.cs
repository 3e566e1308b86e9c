using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Scraper.Cli.Local;

/// <summary>
/// Loopback server replaying recorded pages: GET /&lt;site&gt;/&lt;path&gt; serves
/// samples/&lt;day&gt;/&lt;site&gt;/&lt;path&gt;. A query string maps to a file suffix
/// ("?before=12" → "&lt;path&gt;__before=12"); "&lt;file&gt;.redirect" holding a URL answers 302.
/// Strong ETags make conditional GETs behave like real sites.
/// </summary>
internal sealed class ReplayServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly FileExtensionContentTypeProvider _types = new();

    private ReplayServer(WebApplication app, string root)
    {
        _app = app;
        Root = root;
        _types.Mappings[".rss"] = "application/rss+xml";
        _types.Mappings[".atom"] = "application/atom+xml";
        _types.Mappings[".ndjson"] = "application/x-ndjson";
        _types.Mappings[".CSV"] = "text/csv";
    }

    /// <summary>Folder holding one sub-folder per day (day1, day2, ...).</summary>
    public string Root { get; }

    /// <summary>Which recorded day is served.</summary>
    public string Day { get; set; } = "day1";

    public Uri BaseUrl { get; private set; } = null!;

    public static async Task<ReplayServer> StartAsync(string root, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new ReplayServer(app, root);
        app.Run(server.ServeAsync);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        server.BaseUrl = new Uri(address.TrimEnd('/') + "/");
        return server;
    }

    private async Task ServeAsync(HttpContext context)
    {
        var relative = Uri.UnescapeDataString(context.Request.Path.Value ?? "/").TrimStart('/');
        if (context.Request.QueryString.HasValue)
        {
            relative += "__" + Uri.UnescapeDataString(context.Request.QueryString.Value!.TrimStart('?')).Replace('&', '_');
        }

        var dayRoot = Path.GetFullPath(Path.Combine(Root, Day));
        var path = Path.GetFullPath(Path.Combine(dayRoot, relative));
        if (!path.StartsWith(dayRoot, StringComparison.Ordinal))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        if (File.Exists(path + ".redirect"))
        {
            context.Response.Redirect((await File.ReadAllTextAsync(path + ".redirect")).Trim());
            return;
        }

        if (Directory.Exists(path) && File.Exists(Path.Combine(path, "index.html")))
        {
            path = Path.Combine(path, "index.html");
        }

        if (!File.Exists(path))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var body = await File.ReadAllBytesAsync(path);
        if (IsText(path))
        {
            // Links inside recorded pages name the placeholder host too.
            body = System.Text.Encoding.UTF8.GetBytes(System.Text.Encoding.UTF8.GetString(body).Replace(CatalogRewriter.Placeholder, BaseUrl.AbsoluteUri, StringComparison.Ordinal));
        }

        var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(body))[..16] + "\"";
        context.Response.Headers.ETag = etag;
        if (context.Request.Headers.IfNoneMatch.ToString() == etag)
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        context.Response.ContentType = _types.TryGetContentType(path, out var type) ? type : "application/octet-stream";
        await context.Response.Body.WriteAsync(body);
    }

    private static bool IsText(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".xml" or ".rss" or ".atom" or ".html" or ".htm" or ".json" or ".txt" || Path.GetFileName(path).Contains("__", StringComparison.Ordinal);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
