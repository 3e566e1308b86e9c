using System.Diagnostics;
using Scraper.IntegrationTests.Infrastructure;

namespace Scraper.IntegrationTests.Functions;

/// <summary>The Worker SDK only picks up a host.json in the project folder; ours is linked from the root.</summary>
public sealed class PublishOutputTests
{
    [Fact]
    public async Task Publish_FunctionsApp_ContainsRootHostJsonAndFunctionMetadata()
    {
        var root = RepositoryRootForTests.Find();
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var output = Path.Combine(Path.GetTempPath(), "scraper-publish-" + Guid.NewGuid().ToString("N"));
        var info = new ProcessStartInfo("dotnet", ["publish", Path.Combine(root, "src", "Scraper.Functions", "Scraper.Functions.csproj"), "-c", configuration, "--no-build", "-o", output])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(info)!;
        var log = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        try
        {
            Assert.True(process.ExitCode == 0, log);
            Assert.Equal(await File.ReadAllTextAsync(Path.Combine(root, "host.json")), await File.ReadAllTextAsync(Path.Combine(output, "host.json")));
            var metadata = await File.ReadAllTextAsync(Path.Combine(output, "functions.metadata"));
            foreach (var name in new[] { "DispatchDuePolls", "PollSource", "GetDailyDiff", "PublishDailyDiff" })
            {
                Assert.Contains($"\"{name}\"", metadata, StringComparison.Ordinal);
            }

            Assert.False(File.Exists(Path.Combine(output, "local.settings.json")));
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }
}
