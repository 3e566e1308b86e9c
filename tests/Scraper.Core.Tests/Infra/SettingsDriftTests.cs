using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Scraper.Hosting;

namespace Scraper.Core.Tests.Infra;

/// <summary>
/// Every setting the code binds - each options class's section and properties, the root-bound schedules, and
/// every %...% binding expression in the Functions triggers - is present in the Bicep app settings and in
/// local.settings.sample.json, so configuration cannot drift from the code.
/// </summary>
public sealed partial class SettingsDriftTests
{
    // Derived at start-up from the AzureWebJobsStorage__* block (StorageOptionsSetup), or local-only.
    private static readonly string[] NotInBicep =
    [
        "Storage__ConnectionString", "Storage__TableServiceUri", "Storage__QueueServiceUri", "Storage__BlobServiceUri", "Storage__ManagedIdentityClientId",
    ];

    private static readonly string[] NotInSample =
    [
        "Storage__TableServiceUri", "Storage__QueueServiceUri", "Storage__BlobServiceUri", "Storage__ManagedIdentityClientId",
    ];

    public static TheoryData<string> BoundSettings()
    {
        var data = new TheoryData<string>();
        foreach (var key in CodeSettings())
        {
            data.Add(key);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BoundSettings))]
    public void BoundSetting_IsInBicepAppSettings(string key)
    {
        if (!NotInBicep.Contains(key))
        {
            Assert.Contains(key, RepoFiles.BicepObjectVariable(RepoFiles.AllBicep(), "scraperSettings").Keys);
        }
    }

    [Theory]
    [MemberData(nameof(BoundSettings))]
    public void BoundSetting_IsInLocalSettingsSample(string key)
    {
        if (!NotInSample.Contains(key))
        {
            using var sample = JsonDocument.Parse(RepoFiles.Read("src/Scraper.Functions/local.settings.sample.json"));
            Assert.True(sample.RootElement.GetProperty("Values").TryGetProperty(key, out _), $"{key} missing from local.settings.sample.json");
        }
    }

    [Fact]
    public void CodeSettings_FindsOptionsAndBindingExpressions()
    {
        var keys = CodeSettings().ToList();
        Assert.Contains("DispatchSchedule", keys);
        Assert.Contains("Fetching__MinHostDelay", keys);
        Assert.Contains("Storage__NamePrefix", keys);
    }

    private static IEnumerable<string> CodeSettings()
    {
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        var core = typeof(ScraperServiceCollectionExtensions).Assembly;
        foreach (var type in core.GetTypes())
        {
            var section = type.GetField("SectionName", BindingFlags.Public | BindingFlags.Static)?.GetRawConstantValue() as string;
            if (section is null)
            {
                continue;
            }

            foreach (var p in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite && IsScalar(p.PropertyType)))
            {
                keys.Add($"{section.Replace(":", "__", StringComparison.Ordinal)}__{p.Name}");
            }
        }

        foreach (var p in typeof(ScheduleOptions).GetProperties().Where(p => p.CanWrite))
        {
            keys.Add(p.Name);
        }

        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoFiles.Root, "src", "Scraper.Functions"), "*.cs", SearchOption.AllDirectories))
        {
            foreach (Match m in BindingExpression().Matches(File.ReadAllText(file)))
            {
                keys.Add(m.Groups[1].Value.Replace(":", "__", StringComparison.Ordinal));
            }
        }

        return keys;
    }

    private static bool IsScalar(Type t)
    {
        t = Nullable.GetUnderlyingType(t) ?? t;
        return t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(TimeSpan) || t == typeof(Uri) || t == typeof(decimal);
    }

    [GeneratedRegex("\"%([A-Za-z0-9_:]+)%\"")]
    private static partial Regex BindingExpression();
}
