using System.Text.Json;
using Json.Schema;
using Scraper.Sources;

namespace Scraper.Core.Tests.Sources;

/// <summary>The catalogue that ships in data/ is valid and covers what issue 3 asks for.</summary>
public sealed class ShippedCatalogTests
{
    private static readonly string DataDir = Path.Combine(AppContext.BaseDirectory, "data");

    // The schema registry refuses a second registration of the same $id, so it is built once.
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(File.ReadAllText(Path.Combine(DataDir, "sources.schema.json"))));

    public static IReadOnlyList<SourceDefinition> Load() => SourceCatalogLoader.LoadFile(Path.Combine(DataDir, "sources.json"));

    [Fact]
    public void ShippedCatalogue_Loads_WithoutErrors()
    {
        Assert.True(Load().Count >= 20);
    }

    [Fact]
    public void ShippedCatalogue_MatchesItsJsonSchema()
    {
        var schema = Schema.Value;
        using var catalogue = JsonDocument.Parse(File.ReadAllText(Path.Combine(DataDir, "sources.json")));

        var result = schema.Evaluate(catalogue.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });

        Assert.True(result.IsValid, string.Join('\n', (result.Details ?? []).Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    [Fact]
    public void Schema_MisspeltField_IsRejectedToo()
    {
        var schema = Schema.Value;
        using var broken = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Sources", "Fixtures", "catalog", "misspelt-field", "sources.json")));

        Assert.False(schema.Evaluate(broken.RootElement).IsValid);
    }

    [Fact]
    public void ShippedCatalogue_HasEnoughMinistriesAndIndependentOutlets()
    {
        var sources = Load();

        Assert.True(sources.Count(s => s.Kind == SourceKind.Ministry) >= 8);
        Assert.True(sources.Count(s => s.Kind is SourceKind.News or SourceKind.Monitor) >= 12);
        Assert.True(sources.SelectMany(s => s.Languages).Distinct().Count() >= 5);
        Assert.All(sources.Where(s => !s.Enabled), s => Assert.False(string.IsNullOrWhiteSpace(s.Note)));
    }

    [Fact]
    public void ShippedCatalogue_TelegramSources_UsePreviewUrls()
    {
        Assert.All(Load().Where(s => s.Adapter == "telegram"), s =>
            Assert.All(s.Urls, u => Assert.Matches("^https://t\\.me/s/[A-Za-z0-9_]{5,32}$", u.AbsoluteUri)));
    }
}
