using System.Globalization;
using System.Text.Json;

namespace Scraper.Sources;

/// <summary>Typed field readers of the catalogue loader; each reports its own mistakes.</summary>
public static partial class SourceCatalogLoader
{
    private static PolitenessOverrides? ReadPoliteness(JsonElement item, Action<string, string> error)
    {
        if (!item.TryGetProperty("politeness", out var pol))
        {
            return null;
        }

        if (pol.ValueKind != JsonValueKind.Object)
        {
            error("politeness", "must be an object");
            return null;
        }

        ReportUnknownFields(pol, PolitenessFields, "politeness.", f => error(f, "unknown field (misspelt?)"));
        var minDelay = ReadSpan(pol, "min_delay", TimeSpan.FromSeconds(1), (f, m) => error("politeness." + f, m));
        var robots = ReadBool(pol, "obey_robots_txt", (f, m) => error("politeness." + f, m));
        return new PolitenessOverrides { MinDelay = minDelay, ObeyRobotsTxt = robots };
    }

    private static TimeSpan? ReadSpan(JsonElement e, string field, TimeSpan minimum, Action<string, string> error)
    {
        if (!Has(e, field))
        {
            return null;
        }

        var text = Str(e, field);
        if (text is not null && TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var span) && span >= minimum)
        {
            return span;
        }

        error(field, $"'{Raw(e, field)}' must be a time span (d.hh:mm:ss) of at least {minimum:c}");
        return null;
    }

    private static bool? ReadBool(JsonElement e, string field, Action<string, string> error)
    {
        if (!e.TryGetProperty(field, out var v))
        {
            return null;
        }

        if (v.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return v.GetBoolean();
        }

        error(field, $"must be true or false (got {v.GetRawText()})");
        return null;
    }
}
