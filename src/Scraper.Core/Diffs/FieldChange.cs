using System.Text.Json.Nodes;

namespace Scraper.Diffs;

/// <summary>A field's value before and after the day's net change.</summary>
public sealed record FieldChange(JsonNode? Before, JsonNode? After);
