using System.Text.RegularExpressions;

namespace Scraper.Core.Tests.Infra;

/// <summary>Reads files of the repository the tests were built from (found by walking up to Scraper.sln).</summary>
internal static partial class RepoFiles
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    public static string Root => RootPath.Value;

    public static string Read(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath));

    /// <summary>main.bicep and every module under infra/app, concatenated.</summary>
    public static string AllBicep()
    {
        var infra = Path.Combine(Root, "infra");
        return string.Join("\n", Directory.EnumerateFiles(infra, "*.bicep", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllText));
    }

    /// <summary>Literal key/value pairs of a Bicep object variable such as <c>var scraperSettings = { ... }</c>.</summary>
    public static IReadOnlyDictionary<string, string> BicepObjectVariable(string bicep, string variable)
    {
        var start = bicep.IndexOf($"var {variable} = {{", StringComparison.Ordinal);
        Assert.True(start >= 0, $"var {variable} not found in the Bicep files");
        var end = bicep.IndexOf("\n}", start, StringComparison.Ordinal);
        var block = bicep[start..end];
        return EntryPattern().Matches(block).ToDictionary(m => m.Groups["key"].Value, m => m.Groups["value"].Value);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Scraper.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"Scraper.sln not found above {AppContext.BaseDirectory}");
    }

    // "  Key: 'literal'" or "  Key: expression" (value kept as written; quotes stripped for literals).
    [GeneratedRegex(@"^\s+(?<key>[A-Za-z_][A-Za-z0-9_]*):\s*'?(?<value>[^'\r\n]*?)'?\s*$", RegexOptions.Multiline)]
    private static partial Regex EntryPattern();
}
