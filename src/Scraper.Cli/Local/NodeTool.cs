using System.Diagnostics;

namespace Scraper.Cli.Local;

/// <summary>Locates Node.js and runs npm, with a message that says how to fix a missing install.</summary>
internal static class NodeTool
{
    public const string MissingNodeMessage =
        "Node.js 20 or newer is needed to run the local storage emulator (Azurite). Install it from https://nodejs.org " +
        "(or your package manager), or point Scraper at existing storage with Storage__ConnectionString.";

    public static async Task<string> FindAsync(CancellationToken cancellationToken)
    {
        try
        {
            var (code, output) = await RunAsync("node", ["--version"], null, cancellationToken);
            if (code == 0 && output.TrimStart().StartsWith('v'))
            {
                return "node";
            }
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // Not on PATH: fall through to the message.
        }

        throw new InvalidOperationException(MissingNodeMessage);
    }

    public static async Task RunNpmCiAsync(string root, CancellationToken cancellationToken)
    {
        int code;
        string output;
        try
        {
            (code, output) = await RunAsync("npm", ["ci", "--no-audit", "--no-fund"], root, cancellationToken);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new InvalidOperationException(MissingNodeMessage);
        }

        if (code != 0)
        {
            throw new InvalidOperationException($"`npm ci` failed in {root} (exit {code}):\n{output}");
        }
    }

    private static async Task<(int Code, string Output)> RunAsync(string file, string[] args, string? workingDirectory, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (workingDirectory is not null)
        {
            info.WorkingDirectory = workingDirectory;
        }

        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return (process.ExitCode, await stdout + await stderr);
    }
}
