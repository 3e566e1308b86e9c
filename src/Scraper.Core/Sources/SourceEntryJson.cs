using System.Globalization;
using System.Text.Json.Nodes;

namespace Scraper.Sources;

/// <summary>Writes a source back in the catalogue's entry format (API answers, stored overrides).</summary>
public static class SourceEntryJson
{
    public static JsonObject ToJson(SourceDefinition s)
    {
        var o = new JsonObject
        {
            ["id"] = s.Id,
            ["name"] = s.Name,
            ["kind"] = s.Kind.ToString().ToLowerInvariant(),
        };
        if (s.Country is not null)
        {
            o["country"] = s.Country;
        }

        o["languages"] = new JsonArray(s.Languages.Select(l => (JsonNode?)JsonValue.Create(l)).ToArray());
        o["adapter"] = s.Adapter;
        o["urls"] = new JsonArray(s.Urls.Select(u => (JsonNode?)JsonValue.Create(u.OriginalString)).ToArray());
        o["schedule"] = s.Schedule;
        if (s.ExpectedUpdatePeriod is { } p)
        {
            o["expected_update_period"] = p.ToString("c", CultureInfo.InvariantCulture);
        }

        if (s.Politeness is { } pol)
        {
            var po = new JsonObject();
            if (pol.MinDelay is { } d)
            {
                po["min_delay"] = d.ToString("c", CultureInfo.InvariantCulture);
            }

            if (pol.ObeyRobotsTxt is { } r)
            {
                po["obey_robots_txt"] = r;
            }

            o["politeness"] = po;
        }

        if (s.Options.Count > 0)
        {
            o["options"] = new JsonObject(s.Options.Select(kv => KeyValuePair.Create(kv.Key, JsonNode.Parse(kv.Value.GetRawText()))));
        }

        o["enabled"] = s.Enabled;
        if (s.Note is not null)
        {
            o["note"] = s.Note;
        }

        return o;
    }
}
