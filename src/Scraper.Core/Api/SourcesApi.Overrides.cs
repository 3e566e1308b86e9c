using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Scraper.Sources;

namespace Scraper.Api;

/// <summary>PUT/DELETE /api/sources/{id}: runtime overrides, in the catalogue file's entry format.</summary>
public sealed partial class SourcesApi
{
    /// <summary>A catalogue entry is a few hundred bytes; anything this large is a mistake.</summary>
    private const int MaxBodyChars = 64 * 1024;

    public async Task<IResult> PutAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var id = Id(request);
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var buffer = new char[MaxBodyChars + 1];
        var length = await reader.ReadBlockAsync(buffer.AsMemory(), cancellationToken);
        if (length > MaxBodyChars)
        {
            return Problems.BadRequest("Body too large", $"a source entry must be under {MaxBodyChars} characters");
        }

        JsonObject? entry;
        try
        {
            entry = JsonNode.Parse(new string(buffer, 0, length)) as JsonObject;
        }
        catch (JsonException ex)
        {
            return Problems.BadRequest("Body is not JSON", ex.Message);
        }

        if (entry is null)
        {
            return Problems.BadRequest("Body is not a source entry", "send one JSON object in the format of a data/sources.json entry");
        }

        // The route names the source; an id in the body must agree.
        if (entry["id"] is null)
        {
            entry = new JsonObject([KeyValuePair.Create<string, JsonNode?>("id", id), .. entry.Select(kv => KeyValuePair.Create(kv.Key, kv.Value?.DeepClone()))]);
        }
        else if (entry["id"]?.GetValueKind() != JsonValueKind.String || entry["id"]!.GetValue<string>() != id)
        {
            return Problems.BadParameter("id", $"the body's id must be '{id}' (the route's id)");
        }

        var (source, errors) = SourceCatalogLoader.ValidateEntry($"PUT /api/sources/{id}", entry.ToJsonString());
        if (source is null)
        {
            return Problems.BadRequest("Invalid source entry", string.Join("; ", errors.Select(e => $"{e.Field}: {e.Message}")));
        }

        var json = SourceEntryJson.ToJson(source);
        await overrides.SetAsync(id, json.ToJsonString(), cancellationToken);
        return Results.Json(json, ScraperJson.Api);
    }

    public async Task<IResult> DeleteAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var id = Id(request);
        return await overrides.DeleteAsync(id, cancellationToken)
            ? Results.NoContent()
            : Problems.NotFound($"source '{id}' has no runtime override (file entries change in data/sources.json; PUT with \"enabled\": false disables one)");
    }
}
