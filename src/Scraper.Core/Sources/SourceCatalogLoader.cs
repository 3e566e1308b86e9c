using System.Text.Json;

namespace Scraper.Sources;

/// <summary>
/// Reads and validates a catalogue file. Every mistake is collected (file, source id, field) rather
/// than stopping at the first, so an author fixes a file in one pass.
/// </summary>
public static partial class SourceCatalogLoader
{
    /// <summary>The catalogue format version this loader reads.</summary>
    public const int CurrentVersion = 1;

    public static readonly IReadOnlySet<string> KnownAdapters =
        new HashSet<string>(StringComparer.Ordinal) { "rss", "html", "telegram", "sitemap", "gdelt" };

    private static readonly JsonDocumentOptions ParseOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static IReadOnlyList<SourceDefinition> LoadFile(string path)
    {
        if (!File.Exists(path))
        {
            throw new SourceCatalogException([new CatalogError(path, null, "(file)", "file not found")]);
        }

        var (sources, errors) = Validate(path, File.ReadAllText(path));
        return errors.Count > 0 ? throw new SourceCatalogException(errors) : sources;
    }

    public static (IReadOnlyList<SourceDefinition> Sources, IReadOnlyList<CatalogError> Errors) Validate(string file, string json)
    {
        var errors = new List<CatalogError>();
        var sources = new List<SourceDefinition>();
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json, ParseOptions);
        }
        catch (JsonException ex)
        {
            errors.Add(new CatalogError(file, null, $"line {ex.LineNumber + 1}", ex.Message));
            return (sources, errors);
        }

        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                errors.Add(new CatalogError(file, null, "(root)", "the file must hold a JSON object with 'version' and 'sources'"));
                return (sources, errors);
            }

            ReportUnknownFields(root, RootFields, "", f => errors.Add(new CatalogError(file, null, f, "unknown field")));
            if (!root.TryGetProperty("version", out var version) || !version.TryGetInt32(out var v) || v != CurrentVersion)
            {
                errors.Add(new CatalogError(file, null, "version", $"required; this loader reads version {CurrentVersion}"));
            }

            if (!root.TryGetProperty("sources", out var list) || list.ValueKind != JsonValueKind.Array)
            {
                errors.Add(new CatalogError(file, null, "sources", "missing array 'sources'"));
                return (sources, errors);
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            var index = 0;
            foreach (var item in list.EnumerateArray())
            {
                var source = ReadOne(file, item, index++, errors);
                if (source is not null && !seen.Add(source.Id))
                {
                    errors.Add(new CatalogError(file, source.Id, "id", "duplicate id"));
                }
                else if (source is not null)
                {
                    sources.Add(source);
                }
            }
        }

        return (sources, errors);
    }

    /// <summary>Validates one entry given as JSON text (admin overrides use the catalogue's entry format).</summary>
    public static (SourceDefinition? Source, IReadOnlyList<CatalogError> Errors) ValidateEntry(string origin, string json)
    {
        var errors = new List<CatalogError>();
        try
        {
            using var doc = JsonDocument.Parse(json, ParseOptions);
            return (ReadOne(origin, doc.RootElement, 0, errors), errors);
        }
        catch (JsonException ex)
        {
            errors.Add(new CatalogError(origin, null, $"line {ex.LineNumber + 1}", ex.Message));
            return (null, errors);
        }
    }
}
