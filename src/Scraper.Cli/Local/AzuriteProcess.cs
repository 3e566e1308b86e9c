using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Scraper.Cli.Local;

/// <summary>
/// Starts the pinned Azurite (npm package from package.json) on free loopback ports and stops it on
/// dispose. Installs it with `npm ci` on first use. Used by the CLI when no connection string is set,
/// and by the integration tests.
/// </summary>
internal sealed partial class AzuriteProcess : IAsyncDisposable
{
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private readonly Process _process;

    private AzuriteProcess(Process process, int blob, int queue, int table)
    {
        _process = process;
        ConnectionString =
            "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=" + AccountKey + ";" +
            $"BlobEndpoint=http://127.0.0.1:{blob}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:{queue}/devstoreaccount1;TableEndpoint=http://127.0.0.1:{table}/devstoreaccount1;";
    }

    public string ConnectionString { get; }

    /// <param name="root">Project root holding package.json.</param>
    /// <param name="dataFolder">Persistent workspace (e.g. .azurite/), or null for in-memory storage.</param>
    /// <param name="progress">Where to say what is happening (npm install can take a minute).</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    public static async Task<AzuriteProcess> StartAsync(string root, string? dataFolder, TextWriter progress, CancellationToken cancellationToken)
    {
        var node = await NodeTool.FindAsync(cancellationToken);
        var script = Path.Combine(root, "node_modules", "azurite", "dist", "src", "azurite.js");
        if (!File.Exists(script))
        {
            await progress.WriteLineAsync("Installing the pinned Azurite with `npm ci` (first run only)...");
            await NodeTool.RunNpmCiAsync(root, cancellationToken);
        }

        var args = new List<string> { script, "--blobPort", "0", "--queuePort", "0", "--tablePort", "0", "--skipApiVersionCheck", "--loose", "--disableTelemetry" };
        if (dataFolder is null)
        {
            args.Add("--inMemoryPersistence");
        }
        else
        {
            Directory.CreateDirectory(dataFolder);
            args.AddRange(["--location", dataFolder]);
        }

        var info = new ProcessStartInfo(node) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        args.ForEach(info.ArgumentList.Add);
        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start node");
        var ports = new Dictionary<string, int>(StringComparer.Ordinal);
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var log = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                ready.TrySetException(new InvalidOperationException("Azurite exited during start-up:\n" + log));
                return;
            }

            lock (log)
            {
                log.AppendLine(e.Data);
                var m = ListeningLine().Match(e.Data);
                if (m.Success)
                {
                    ports[m.Groups["svc"].Value] = int.Parse(m.Groups["port"].Value, System.Globalization.CultureInfo.InvariantCulture);
                    if (ports.Count == 3)
                    {
                        ready.TrySetResult();
                    }
                }
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (log)
                {
                    log.AppendLine(e.Data);
                }
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await ready.Task.WaitAsync(TimeSpan.FromSeconds(60), cancellationToken);
        }
        catch
        {
            Kill(process);
            throw;
        }

        return new AzuriteProcess(process, ports["Blob"], ports["Queue"], ports["Table"]);
    }

    /// <summary>
    /// Stops Azurite gracefully (SIGTERM) so its table store is flushed to .azurite/; a hard kill would
    /// lose the last seconds of writes. Falls back to killing after 15 s.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited && !OperatingSystem.IsWindows())
        {
            _ = SignalTerm(_process.Id, 15);
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            try
            {
                await _process.WaitForExitAsync(wait.Token);
            }
            catch (OperationCanceledException)
            {
                // Did not stop in time: fall through to the hard kill.
            }
        }

        Kill(_process);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "kill")]
#pragma warning disable SYSLIB1054 // LibraryImport needs unsafe code for this one call; DllImport is enough.
    private static extern int SignalTerm(int pid, int signal);
#pragma warning restore SYSLIB1054

    private static void Kill(Process process)
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }
    }

    [GeneratedRegex(@"Azurite (?<svc>Blob|Queue|Table) service is successfully listening at http://127\.0\.0\.1:(?<port>\d+)")]
    private static partial Regex ListeningLine();
}
