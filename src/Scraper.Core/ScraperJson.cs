using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Scraper;

/// <summary>The JSON conventions of every payload Scraper writes: snake_case, ISO 8601, UTF-8 as is.</summary>
public static class ScraperJson
{
    /// <summary>For API output and files researchers read: nulls are written so every key is present.</summary>
    public static readonly JsonSerializerOptions Api = Create(JsonIgnoreCondition.Never);

    /// <summary>For storage: nulls omitted to keep entities small.</summary>
    public static readonly JsonSerializerOptions Compact = Create(JsonIgnoreCondition.WhenWritingNull);

    private static JsonSerializerOptions Create(JsonIgnoreCondition ignore)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DictionaryKeyPolicy = null,
            DefaultIgnoreCondition = ignore,
            // Keep Cyrillic and Arabic readable in files; output is never embedded in HTML.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
