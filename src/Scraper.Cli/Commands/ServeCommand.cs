using System.CommandLine;
using Microsoft.Extensions.Logging;
using Scraper.Cli.Local;

namespace Scraper.Cli.Commands;

/// <summary>`scraper serve`: the HTTP API on Kestrel (same handlers and key rules as the Functions app).</summary>
internal static class ServeCommand
{
    public const string DefaultUrl = "http://127.0.0.1:7071";

    public static Command Create()
    {
        var url = new Option<string>("--url") { Description = "Listen address", DefaultValueFactory = _ => DefaultUrl };
        var command = new Command("serve", "Serve the HTTP API (diffs, claims, sources, subscriptions) locally") { url };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var session = await LocalStorageSession.StartAsync(null, null, Console.Out, LogLevel.Warning, cancellationToken);
            await using var server = await StartAndAnnounceAsync(session, parse.GetValue(url)!, cancellationToken);
            await WaitForCtrlCAsync(cancellationToken);
            return 0;
        });
        return command;
    }

    public static async Task<ApiServer> StartAndAnnounceAsync(LocalStorageSession session, string url, CancellationToken cancellationToken)
    {
        var keys = ApiKeys.Resolve(session.Configuration, session.DataFolder);
        var server = await ApiServer.StartAsync(session.Services, keys, url, cancellationToken);
        Console.WriteLine($"API listening at {server.BaseUrl}");
        if (keys.Generated)
        {
            Console.WriteLine($"  read key:  {keys.ReadKey}");
            Console.WriteLine($"  admin key: {keys.AdminKey}   (kept in {Path.Combine(session.DataFolder ?? ".azurite", "keys.json")}; set Api__ReadKey / Api__AdminKey to choose your own)");
        }

        Console.WriteLine($"  try: curl -H 'x-functions-key: {keys.ReadKey}' {server.BaseUrl}diffs");
        return server;
    }

    public static async Task WaitForCtrlCAsync(CancellationToken cancellationToken)
    {
        Console.WriteLine("Press Ctrl-C to stop.");
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            Console.WriteLine("Stopping.");
        }
    }
}
