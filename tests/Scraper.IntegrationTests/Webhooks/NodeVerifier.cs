using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Scraper.IntegrationTests.Webhooks;

/// <summary>
/// The npm `standardwebhooks` reference verifier, run with node: an independent check of our
/// signatures. Installs its pinned package (npm ci) on first use when node_modules is missing.
/// </summary>
internal static class NodeVerifier
{
    private static readonly SemaphoreSlim InstallGate = new(1, 1);

    private static string Folder => Path.Combine(FindRepoRoot(), "tests", "Scraper.IntegrationTests", "Webhooks", "node-verifier");

    /// <summary>Verifies each case; true = the reference library accepted it.</summary>
    public static async Task<IReadOnlyList<(bool Ok, string? Error)>> VerifyAsync(IEnumerable<(string Secret, string Body, IReadOnlyDictionary<string, string> Headers)> cases)
    {
        await EnsureInstalledAsync();
        var psi = new ProcessStartInfo("node", "verify.mjs")
        {
            WorkingDirectory = Folder, RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        using var node = Process.Start(psi)!;
        foreach (var (secret, body, headers) in cases)
        {
            var line = new JsonObject { ["secret"] = secret, ["body"] = body, ["headers"] = JsonSerializer.SerializeToNode(headers) };
            await node.StandardInput.WriteLineAsync(line.ToJsonString());
        }

        node.StandardInput.Close();
        var output = await node.StandardOutput.ReadToEndAsync();
        await node.WaitForExitAsync();
        Assert.True(node.ExitCode == 0, await node.StandardError.ReadToEndAsync());
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonNode.Parse(l)!)
            .Select(j => (j["ok"]!.GetValue<bool>(), j["error"]?.GetValue<string>()))
            .ToList();
    }

    private static async Task EnsureInstalledAsync()
    {
        await InstallGate.WaitAsync();
        try
        {
            if (Directory.Exists(Path.Combine(Folder, "node_modules", "standardwebhooks")))
            {
                return;
            }

            var npm = Process.Start(new ProcessStartInfo("npm", "ci --no-audit --no-fund") { WorkingDirectory = Folder, RedirectStandardOutput = true, RedirectStandardError = true })!;
            var err = npm.StandardError.ReadToEndAsync();
            await npm.StandardOutput.ReadToEndAsync();
            await npm.WaitForExitAsync();
            Assert.True(npm.ExitCode == 0, "npm ci failed in node-verifier: " + await err);
        }
        finally
        {
            InstallGate.Release();
        }
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Scraper.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Scraper.sln not found above " + AppContext.BaseDirectory);
    }
}
