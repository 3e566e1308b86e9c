using System.Text.Json;
using Json.Schema;

namespace Scraper.Core.Tests.Extraction;

/// <summary>Every shipped lexicon and gazetteer data file matches the JSON Schema written beside it.</summary>
public sealed class ShippedLexiconSchemaTests
{
    private static readonly string DataDir = Path.Combine(RepositoryRoot(), "data");

    // The schema registry refuses a second registration of the same $id, so each schema is built once.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, JsonSchema> Schemas = new(StringComparer.Ordinal);

    public static TheoryData<string, string> Files() => new()
    {
        { "lexicons/en.json", "lexicons/lexicon.schema.json" },
        { "lexicons/ru.json", "lexicons/lexicon.schema.json" },
        { "lexicons/uk.json", "lexicons/lexicon.schema.json" },
        { "lexicons/ar.json", "lexicons/lexicon.schema.json" },
        { "lexicons/actors.json", "lexicons/actors.schema.json" },
        { "lexicons/groups.json", "lexicons/named-aliases.schema.json" },
        { "lexicons/weapons.json", "lexicons/named-aliases.schema.json" },
        { "lexicons/target-types.json", "lexicons/named-aliases.schema.json" },
        { "lexicons/office-holders.json", "lexicons/office-holders.schema.json" },
        { "gazetteer/aliases.json", "gazetteer/aliases.schema.json" },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void ShippedDataFile_MatchesItsSchema(string file, string schemaFile)
    {
        var schema = Schemas.GetOrAdd(schemaFile, f => JsonSchema.FromText(File.ReadAllText(Path.Combine(DataDir, f))));
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(DataDir, file)));

        var result = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(result.IsValid, string.Join('\n', (result.Details ?? []).Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    private static string RepositoryRoot()
    {
        var dir = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(dir, "Scraper.sln")))
        {
            dir = Path.GetDirectoryName(dir.TrimEnd(Path.DirectorySeparatorChar)) ?? throw new InvalidOperationException("repository root not found");
        }

        return dir;
    }
}
