using System.Text.Json;
using System.Text.Json.Serialization;

namespace Scraper.Extraction;

/// <summary>Strict JSON reading for data files: unknown fields and missing required ones are errors with line and path.</summary>
internal static class DataJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        AllowTrailingCommas = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    public static T? Read<T>(string path, string displayName, List<DataFileError> errors)
        where T : class
    {
        if (!File.Exists(path))
        {
            errors.Add(new DataFileError(displayName, "file", "-", "file not found at " + path));
            return null;
        }

        try
        {
            var value = JsonSerializer.Deserialize<T>(File.ReadAllText(path), Options);
            if (value is null)
            {
                errors.Add(new DataFileError(displayName, "line 1", "$", "the file holds null"));
            }

            return value;
        }
        catch (JsonException ex)
        {
            errors.Add(new DataFileError(displayName, $"line {(ex.LineNumber ?? 0) + 1}", ex.Path ?? "$", ex.Message));
            return null;
        }
    }
}
