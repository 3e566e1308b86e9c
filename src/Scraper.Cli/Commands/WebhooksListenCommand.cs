using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Scraper.Webhooks;
using StandardWebhooks;
using StandardWebhooks.Diagnostics;

namespace Scraper.Cli.Commands;

/// <summary>
/// `scraper webhooks listen --port N --secret whsec_...`: a local receiver for people wiring one up.
/// Verifies each request with the StandardWebhooks library (signature and 5-minute timestamp
/// window) over the raw body, prints verified events, answers 204 (or --status), 401 when invalid.
/// </summary>
internal static class WebhooksListenCommand
{
    public static Command Create()
    {
        var port = new Option<int>("--port") { Description = "Port on 127.0.0.1", DefaultValueFactory = _ => 8787 };
        var secret = new Option<string>("--secret") { Description = "The subscription's signing secret (whsec_...)", Required = true };
        var status = new Option<int>("--status") { Description = "Status to answer verified events with (try 503 or 410)", DefaultValueFactory = _ => 204 };
        var command = new Command("listen", "Run a local webhook receiver that verifies signatures and prints events") { port, secret, status };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var key = parse.GetValue(secret)!;
            if (!WebhookSecret.IsWellFormed(key))
            {
                await Console.Error.WriteLineAsync("error: --secret must be whsec_ followed by base64 of at least 24 bytes");
                return 2;
            }

            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.UseUrls($"http://127.0.0.1:{parse.GetValue(port)}");
            await using var app = builder.Build();
            var verifier = new StandardWebhook(key);
            var answer = parse.GetValue(status);
            app.Run(async ctx => await ReceiveAsync(ctx, verifier, answer));
            await app.StartAsync(cancellationToken);
            await Console.Out.WriteLineAsync($"listening on {string.Join(", ", app.Urls)} (Ctrl+C to stop)");
            await app.WaitForShutdownAsync(cancellationToken);
            return 0;
        });
        return command;
    }

    private static async Task ReceiveAsync(HttpContext ctx, StandardWebhook verifier, int answer)
    {
        using var reader = new StreamReader(ctx.Request.Body);
        var body = await reader.ReadToEndAsync(ctx.RequestAborted);
        var id = ctx.Request.Headers[WebhookSigner.IdHeader].ToString();
        try
        {
            verifier.Verify(body, ctx.Request.Headers);
        }
        catch (WebhookVerificationException e)
        {
            await Console.Error.WriteLineAsync($"REJECTED {id}: {e.Message}");
            ctx.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        await Console.Out.WriteLineAsync($"verified {id} -> {answer}");
        await Console.Out.WriteLineAsync(body);
        ctx.Response.StatusCode = answer;
    }
}
