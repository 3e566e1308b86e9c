using System.Text.Json;
using Scraper.Extraction;

namespace Scraper.Diffs.Formats;

/// <summary>The JSON shape of one entry, shared by the JSON, NDJSON and GeoJSON writers.</summary>
public static class DiffEntryJson
{
    public static void Write(Utf8JsonWriter w, DiffEntry e)
    {
        w.WriteStartObject();
        WriteProperties(w, e);
        w.WriteEndObject();
    }

    public static void WriteProperties(Utf8JsonWriter w, DiffEntry e)
    {
        w.WriteString("change", DiffFormatsText.Change(e.Change));
        w.WriteString("claim_id", e.ClaimId);
        w.WriteNumber("version", e.Version);
        w.WriteString("change_id", e.ChangeId);
        w.WriteString("changed_at", e.ChangedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture));
        w.WritePropertyName("claim");
        JsonSerializer.Serialize(w, e.Claim, ScraperJson.Api);
        w.WritePropertyName("fields");
        if (e.Fields is null)
        {
            w.WriteNullValue();
        }
        else
        {
            w.WriteStartObject();
            foreach (var (name, change) in e.Fields)
            {
                w.WriteStartObject(name);
                w.WritePropertyName("before");
                JsonSerializer.Serialize(w, change.Before, ScraperJson.Api);
                w.WritePropertyName("after");
                JsonSerializer.Serialize(w, change.After, ScraperJson.Api);
                w.WriteEndObject();
            }

            w.WriteEndObject();
        }

        w.WriteString("reason", e.Reason);
        WriteArray(w, "source_ids", e.SourceIds);
        WriteArray(w, "source_kinds", e.SourceKinds);
        WriteArray(w, "document_urls", e.DocumentUrls);
    }

    /// <summary>Reads an entry back (published NDJSON files are the source for filtered closed-day requests).</summary>
    public static DiffEntry Read(ReadOnlySpan<byte> line)
    {
        var dto = JsonSerializer.Deserialize<Dto>(line, ScraperJson.Api)!;
        return new DiffEntry
        {
            Change = Enum.Parse<DiffChange>(dto.Change, ignoreCase: true),
            ClaimId = dto.ClaimId,
            Version = dto.Version,
            ChangeId = dto.ChangeId,
            ChangedAt = dto.ChangedAt,
            Claim = dto.Claim,
            Fields = dto.Fields,
            Reason = dto.Reason,
            SourceIds = dto.SourceIds ?? [],
            SourceKinds = dto.SourceKinds ?? [],
            DocumentUrls = dto.DocumentUrls ?? [],
        };
    }

    private static void WriteArray(Utf8JsonWriter w, string name, IReadOnlyList<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }

    private sealed record Dto(
        string Change, string ClaimId, int Version, string ChangeId, DateTimeOffset ChangedAt, StrikeClaim Claim,
        Dictionary<string, FieldChange>? Fields, string? Reason, List<string>? SourceIds, List<string>? SourceKinds, List<string>? DocumentUrls);
}
