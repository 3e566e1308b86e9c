using System.CommandLine;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Scraper.Cli.Commands;

/// <summary>
/// `scraper webhooks subscribe|list|ping`: thin clients of the subscriptions API of a running
/// `scraper serve` (or a deployed app), so keys are enforced and the API is the only write path.
/// </summary>
internal static class WebhooksAdminCommands
{
    private static readonly Option<Uri> Api = new("--api")
    {
        Description = "Base URL of the API", DefaultValueFactory = _ => new Uri("http://127.0.0.1:7071"),
    };

    private static readonly Option<string?> Key = new("--key")
    {
        Description = "Admin key (default: environment SCRAPER_ADMIN_KEY)", DefaultValueFactory = _ => Environment.GetEnvironmentVariable("SCRAPER_ADMIN_KEY"),
    };

    public static Command Subscribe()
    {
        var url = new Option<string>("--url") { Description = "Receiver URL (https; http and loopback only if the server allows)", Required = true };
        var events = new Option<string[]>("--event") { Description = "Event type (repeatable; default all)", AllowMultipleArgumentsPerToken = true };
        var filters = new Option<string[]>("--filter") { Description = "name=value, e.g. country=UA (repeatable)", AllowMultipleArgumentsPerToken = true };
        var description = new Option<string?>("--description") { Description = "Free text" };
        var command = new Command("subscribe", "Register a webhook endpoint; prints its id and secret (shown once)") { url, events, filters, description, Api, Key };
        command.SetAction(async (parse, ct) =>
        {
            var filterObject = new JsonObject();
            foreach (var f in parse.GetValue(filters) ?? [])
            {
                var (name, value) = f.Split('=', 2) is [var n, var v] ? (n, v) : (f, "");
                ((filterObject[name] ??= new JsonArray()) as JsonArray)!.Add(value);
            }

            var body = new JsonObject
            {
                ["url"] = parse.GetValue(url),
                ["event_types"] = new JsonArray((parse.GetValue(events) ?? []).Select(e => (JsonNode?)e).ToArray()),
                ["filters"] = filterObject,
                ["description"] = parse.GetValue(description),
            };
            return await SendAsync(parse, HttpMethod.Post, "api/subscriptions", body, ct);
        });
        return command;
    }

    public static Command List()
    {
        var command = new Command("list", "List webhook subscriptions") { Api, Key };
        command.SetAction((parse, ct) => SendAsync(parse, HttpMethod.Get, "api/subscriptions", null, ct));
        return command;
    }

    public static Command Ping()
    {
        var id = new Argument<string>("id") { Description = "Subscription id" };
        var command = new Command("ping", "Queue a webhook.ping event to a subscription") { id, Api, Key };
        command.SetAction((parse, ct) => SendAsync(parse, HttpMethod.Post, $"api/subscriptions/{Uri.EscapeDataString(parse.GetValue(id)!)}/ping", null, ct));
        return command;
    }

    private static async Task<int> SendAsync(ParseResult parse, HttpMethod method, string path, JsonObject? body, CancellationToken ct)
    {
        using var http = new HttpClient { BaseAddress = parse.GetValue(Api), Timeout = TimeSpan.FromSeconds(30) };
        using var request = new HttpRequestMessage(method, path);
        if (parse.GetValue(Key) is { Length: > 0 } key)
        {
            request.Headers.Add("x-functions-key", key);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        try
        {
            using var response = await http.SendAsync(request, ct);
            var text = await response.Content.ReadAsStringAsync(ct);
            await (response.IsSuccessStatusCode ? Console.Out : Console.Error).WriteLineAsync(text);
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (HttpRequestException e)
        {
            await Console.Error.WriteLineAsync($"error: cannot reach {parse.GetValue(Api)}: {e.Message} (is `scraper serve` running?)");
            return 1;
        }
    }
}
