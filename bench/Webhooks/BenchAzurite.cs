using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Scraper.Bench.Webhooks;

/// <summary>An in-memory Azurite from the project's pinned npm package, on free ports.</summary>
internal sealed class BenchAzurite : IAsyncDisposable
{
    private readonly Process _process;

    private BenchAzurite(Process process, string connectionString)
    {
        _process = process;
        ConnectionString = connectionString;
    }

    public string ConnectionString { get; }

    public static async Task<BenchAzurite> StartAsync(string root)
    {
        var script = Path.Combine(root, "node_modules", "azurite", "dist", "src", "azurite.js");
        if (!File.Exists(script))
        {
            throw new InvalidOperationException("Run `npm ci` in the project root first (Azurite is pinned in package.json).");
        }

        int blob = FreePort(), queue = FreePort(), table = FreePort();
        var info = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { script, "--blobPort", $"{blob}", "--queuePort", $"{queue}", "--tablePort", $"{table}", "--inMemoryPersistence", "--skipApiVersionCheck", "--loose", "--disableTelemetry" })
        {
            info.ArgumentList.Add(a);
        }

        var process = Process.Start(info)!;
        var logPath = Path.Combine(root, "bench", "Webhooks", "results", "azurite.log");
        Directory.CreateDirectory(Path.GetDirectoryName(logPath)!);
        var logFile = TextWriter.Synchronized(new StreamWriter(logPath) { AutoFlush = true });
        process.OutputDataReceived += (_, e) => logFile.WriteLine(e.Data);
        process.ErrorDataReceived += (_, e) => logFile.WriteLine(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        foreach (var port in new[] { blob, queue, table })
        {
            await WaitForPortAsync(port);
        }

        const string account = "devstoreaccount1";
        const string key = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
        var cs = $"DefaultEndpointsProtocol=http;AccountName={account};AccountKey={key};" +
            $"BlobEndpoint=http://127.0.0.1:{blob}/{account};QueueEndpoint=http://127.0.0.1:{queue}/{account};TableEndpoint=http://127.0.0.1:{table}/{account};";
        return new BenchAzurite(process, cs);
    }

    public async ValueTask DisposeAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    private static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }

    private static async Task WaitForPortAsync(int port)
    {
        for (var i = 0; i < 600; i++)
        {
            try
            {
                using var c = new TcpClient();
                await c.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        throw new TimeoutException($"Azurite did not open port {port}");
    }
}
