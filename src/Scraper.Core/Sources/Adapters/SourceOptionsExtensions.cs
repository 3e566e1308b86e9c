using System.Text.Json;

namespace Scraper.Sources.Adapters;

/// <summary>Typed reads of a source's free-form adapter options.</summary>
public static class SourceOptionsExtensions
{
    public static string? GetString(this SourceDefinition source, string name) =>
        source.Options.TryGetValue(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    public static bool GetBool(this SourceDefinition source, string name, bool fallback = false) =>
        source.Options.TryGetValue(name, out var v) && v.ValueKind is JsonValueKind.True or JsonValueKind.False ? v.GetBoolean() : fallback;

    public static int GetInt(this SourceDefinition source, string name, int fallback) =>
        source.Options.TryGetValue(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var i) ? i : fallback;
}
