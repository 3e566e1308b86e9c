using System.IO.Compression;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Scraper.IntegrationTests.Fetching;

/// <summary>The faults, one path each.</summary>
public sealed partial class FaultServer
{
    /// <summary>"Сводка" (summary) and more Cyrillic, as windows-1251 bytes.</summary>
    public const string CyrillicText = "Сводка Министерства обороны: нанесено поражение";

    private void MapFaults(WebApplication app)
    {
        app.MapGet("/robots.txt", c => Text(c, "text/plain", Encoding.UTF8.GetBytes("User-agent: *\nDisallow: /private/\n\nUser-agent: OtherBot\nDisallow: /\n")));
        app.MapGet("/ok", c => Text(c, "application/rss+xml; charset=utf-8", Feed));
        app.MapGet("/private/page", c => Text(c, "text/html", Encoding.UTF8.GetBytes("<p>secret</p>")));
        app.MapGet("/etag", c =>
        {
            LastIfNoneMatch = c.Request.Headers.IfNoneMatch.ToString();
            c.Response.Headers.ETag = "\"v1\"";
            c.Response.Headers.LastModified = "Tue, 24 Nov 2026 10:00:00 GMT";
            if (LastIfNoneMatch == "\"v1\"")
            {
                c.Response.StatusCode = StatusCodes.Status304NotModified;
                return Task.CompletedTask;
            }

            return Text(c, "application/rss+xml", Feed);
        });
        app.MapGet("/retry-after", c => Hits("/retry-after") == 1 ? Status(c, 429, "1") : Text(c, "application/rss+xml", Feed));
        app.MapGet("/retry-after-long", c => Status(c, 429, "600"));
        app.MapGet("/storm", c => Status(c, 503, null));
        app.MapGet("/hang", async c => await Task.Delay(TimeSpan.FromSeconds(20), c.RequestAborted));
        app.MapGet("/slow-drip", async c =>
        {
            c.Response.ContentType = "text/html";
            for (var i = 0; i < 600 && !c.RequestAborted.IsCancellationRequested; i++)
            {
                await c.Response.Body.WriteAsync("<"u8.ToArray(), c.RequestAborted);
                await c.Response.Body.FlushAsync(c.RequestAborted);
                await Task.Delay(100, c.RequestAborted);
            }
        });
        app.MapGet("/endless", async c =>
        {
            c.Response.ContentType = "text/html";
            var chunk = new byte[64 * 1024];
            while (!c.RequestAborted.IsCancellationRequested)
            {
                await c.Response.Body.WriteAsync(chunk, c.RequestAborted);
            }
        });
        app.MapGet("/loop-a", c => Redirect(c, "/loop-b"));
        app.MapGet("/loop-b", c => Redirect(c, "/loop-a"));
        app.MapGet("/hop/{n:int}", (HttpContext c, int n) => Redirect(c, $"/hop/{n + 1}"));
        app.MapGet("/to-ftp", c => Redirect(c, "ftp://127.0.0.1/feed.xml"));
        app.MapGet("/moved", c => Redirect(c, "/ok"));
        app.MapGet("/wrong-charset", c => Text(c, "text/html; charset=utf-8", Cp1251("<html><body><p>" + CyrillicText + "</p></body></html>")));
        app.MapGet("/cp1251-header-only", c => Text(c, "text/plain; charset=windows-1251", Cp1251(CyrillicText)));
        app.MapGet("/gzip-bomb", async c =>
        {
            c.Response.Headers.ContentEncoding = "gzip";
            await Text(c, "text/html", GzipBomb.Value);
        });
        app.MapGet("/compressed/{kind}", async (HttpContext c, string kind) =>
        {
            var data = Encoding.UTF8.GetBytes(CyrillicText);
            Func<Stream, Stream> wrap = kind switch
            {
                "gzip" => s => new GZipStream(s, CompressionLevel.Fastest),
                "deflate" => s => new ZLibStream(s, CompressionLevel.Fastest),
                _ => s => new BrotliStream(s, CompressionLevel.Fastest),
            };
            c.Response.Headers.ContentEncoding = kind == "brotli" ? "br" : kind;
            await Text(c, "text/plain; charset=utf-8", Compress(data, wrap));
        });
        // Telegram hides restricted channels' previews: /s/<name> answers 302 to a contact card.
        app.MapGet("/s/{channel}", (HttpContext c, string channel) => Redirect(c, "/" + channel));
        app.MapGet("/{channel}", (HttpContext c, string channel) => Text(c, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(
            $"<html><body><div class=\"tgme_page\"><div class=\"tgme_page_title\">{channel}</div><a class=\"tgme_action_button_new\" href=\"tg://resolve?domain={channel}\">View in Telegram</a></div></body></html>")));
    }

    private static byte[] Cp1251(string text)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1251).GetBytes(text);
    }

    private static Task Status(HttpContext c, int status, string? retryAfter)
    {
        c.Response.StatusCode = status;
        if (retryAfter is not null)
        {
            c.Response.Headers.RetryAfter = retryAfter;
        }

        return Task.CompletedTask;
    }

    private static Task Redirect(HttpContext c, string location)
    {
        c.Response.StatusCode = StatusCodes.Status302Found;
        c.Response.Headers.Location = location;
        return Task.CompletedTask;
    }
}
