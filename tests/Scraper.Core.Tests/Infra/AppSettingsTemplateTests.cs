using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Scraper.Fetching;
using Scraper.Hosting;

namespace Scraper.Core.Tests.Infra;

/// <summary>
/// The app settings block in infra/app/function.bicep and src/Scraper.Functions/local.settings.sample.json
/// list the same Scraper settings, and the Azure values equal the code's defaults where they are literals.
/// </summary>
public sealed class AppSettingsTemplateTests
{
    // Local-only: the emulator connection, and a setting Flex Consumption rejects (functionAppConfig.runtime instead).
    private static readonly string[] LocalOnly = ["AzureWebJobsStorage", "FUNCTIONS_WORKER_RUNTIME", "Storage__ConnectionString"];

    private static readonly IReadOnlyDictionary<string, string> AzureSettings =
        RepoFiles.BicepObjectVariable(RepoFiles.AllBicep(), "scraperSettings");

    [Fact]
    public void SampleAndBicep_ListSameScraperSettings()
    {
        var local = SampleValues().Keys.Except(LocalOnly).Order(StringComparer.Ordinal);
        Assert.Equal(local, AzureSettings.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Bicep_LeavesStorageConnectionStringUnsetAndSaysWhy()
    {
        Assert.DoesNotContain("Storage__ConnectionString", AzureSettings.Keys);
        Assert.Contains("Storage__ConnectionString", RepoFiles.Read("infra/app/function.bicep"), StringComparison.Ordinal);
    }

    [Fact]
    public void BicepFetchingValues_EqualFetchOptionsDefaults()
    {
        var bound = Bind<FetchOptions>(AzureSettings, FetchOptions.SectionName);
        AssertSameValues(new FetchOptions(), bound, nameof(FetchOptions.UserAgent));
    }

    [Fact]
    public void SampleFetchingValues_EqualFetchOptionsDefaults()
    {
        var bound = Bind<FetchOptions>(SampleValues(), FetchOptions.SectionName);
        AssertSameValues(new FetchOptions(), bound);
    }

    [Fact]
    public void BicepScheduleParameters_DefaultToScheduleOptionsDefaults()
    {
        var main = RepoFiles.Read("infra/main.bicep");
        Assert.Contains($"param dispatchSchedule string = '{ScheduleOptions.DefaultDispatchSchedule}'", main, StringComparison.Ordinal);
        Assert.Contains($"param publishSchedule string = '{ScheduleOptions.DefaultPublishSchedule}'", main, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> SampleValues()
    {
        using var doc = JsonDocument.Parse(RepoFiles.Read("src/Scraper.Functions/local.settings.sample.json"));
        return doc.RootElement.GetProperty("Values").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? "");
    }

    private static T Bind<T>(IReadOnlyDictionary<string, string> settings, string section)
        where T : new()
    {
        // App settings arrive as environment variables: "__" is the section separator.
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(kv => new KeyValuePair<string, string?>(kv.Key.Replace("__", ":", StringComparison.Ordinal), kv.Value)))
            .Build();
        var options = new T();
        configuration.GetSection(section).Bind(options);
        return options;
    }

    private static void AssertSameValues<T>(T expected, T actual, params string[] skip)
    {
        foreach (var property in typeof(T).GetProperties().Where(p => p.CanWrite && !skip.Contains(p.Name)))
        {
            Assert.True(Equals(property.GetValue(expected), property.GetValue(actual)), $"{typeof(T).Name}.{property.Name}: default {property.GetValue(expected)}, template {property.GetValue(actual)}");
        }
    }
}
