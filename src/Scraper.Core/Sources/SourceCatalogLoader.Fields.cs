using System.Text.Json;
using System.Text.RegularExpressions;

namespace Scraper.Sources;

/// <summary>Field names and small JSON helpers of the catalogue loader.</summary>
public static partial class SourceCatalogLoader
{
    private static readonly HashSet<string> RootFields = new(StringComparer.Ordinal) { "$schema", "version", "sources" };

    private static readonly HashSet<string> EntryFields = new(StringComparer.Ordinal)
    {
        "id", "name", "kind", "country", "languages", "adapter", "urls", "schedule",
        "expected_update_period", "politeness", "options", "enabled", "note",
    };

    private static readonly HashSet<string> PolitenessFields = new(StringComparer.Ordinal) { "min_delay", "obey_robots_txt" };

    private static void ReportUnknownFields(JsonElement obj, HashSet<string> known, string prefix, Action<string> report)
    {
        foreach (var p in obj.EnumerateObject())
        {
            if (!known.Contains(p.Name))
            {
                report(prefix + p.Name);
            }
        }
    }

    private static bool Has(JsonElement e, string name) => e.TryGetProperty(name, out _);

    private static string Raw(JsonElement e, string name) => e.TryGetProperty(name, out var v) ? v.ToString() : "";

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,62}$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[A-Z]{2}$")]
    private static partial Regex CountryPattern();

    [GeneratedRegex("^[a-z]{2}$")]
    private static partial Regex LanguagePattern();
}
