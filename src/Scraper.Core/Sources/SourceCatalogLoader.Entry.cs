using System.Globalization;
using System.Text.Json;

namespace Scraper.Sources;

/// <summary>Validation of one catalogue entry; see data/sources.schema.json for the format.</summary>
public static partial class SourceCatalogLoader
{
    /// <summary>Polling a URL more often than this is impolite whatever the source supports.</summary>
    public static readonly TimeSpan ScheduleFloor = TimeSpan.FromMinutes(5);

    public static SourceDefinition? ReadOne(string file, JsonElement item, int index, List<CatalogError> errors)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new CatalogError(file, $"#{index}", "(entry)", "each source must be a JSON object"));
            return null;
        }

        var before = errors.Count;
        var id = Str(item, "id");
        var label = id ?? $"#{index}";
        void Error(string field, string message) => errors.Add(new CatalogError(file, label, field, message));

        ReportUnknownFields(item, EntryFields, "", f => Error(f, "unknown field (misspelt?)"));
        if (id is null || !IdPattern().IsMatch(id))
        {
            Error("id", "required; lowercase letters, digits and '-' (max 63)");
        }

        var name = Str(item, "name");
        if (string.IsNullOrWhiteSpace(name))
        {
            Error("name", "required");
        }

        var kind = ReadKind(Str(item, "kind"), Error);
        var country = Str(item, "country");
        if (Has(item, "country") && (country is null || !CountryPattern().IsMatch(country)))
        {
            Error("country", $"'{Raw(item, "country")}' is not an ISO 3166-1 alpha-2 code (upper case)");
        }

        var adapter = Str(item, "adapter");
        if (adapter is null || !KnownAdapters.Contains(adapter))
        {
            Error("adapter", $"must be one of {string.Join(", ", KnownAdapters)} (got '{adapter}')");
        }

        var urls = ReadUrls(item, Error);
        var schedule = ReadSchedule(item, Error);
        var expected = ReadSpan(item, "expected_update_period", TimeSpan.FromMinutes(1), Error);
        var languages = ReadLanguages(item, Error);
        var politeness = ReadPoliteness(item, Error);
        var options = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        if (item.TryGetProperty("options", out var opts))
        {
            if (opts.ValueKind != JsonValueKind.Object)
            {
                Error("options", "must be an object");
            }
            else
            {
                foreach (var p in opts.EnumerateObject())
                {
                    options[p.Name] = p.Value.Clone();
                }
            }
        }

        var enabled = ReadBool(item, "enabled", Error) ?? true;
        var note = Str(item, "note");
        if (Has(item, "note") && note is null)
        {
            Error("note", "must be a string");
        }

        return errors.Count > before ? null : new SourceDefinition
        {
            Id = id!,
            Name = name!,
            Kind = kind,
            Country = country,
            Languages = languages,
            Adapter = adapter!,
            Urls = urls,
            Schedule = schedule,
            ExpectedUpdatePeriod = expected,
            Politeness = politeness,
            Options = options,
            Enabled = enabled,
            Note = note,
        };
    }

    private static SourceKind ReadKind(string? text, Action<string, string> error)
    {
        if (text is null || text != text.ToLowerInvariant() || !Enum.TryParse<SourceKind>(text, ignoreCase: true, out var kind)
            || !Enum.IsDefined(kind) || char.IsDigit(text[0]))
        {
            error("kind", $"must be one of ministry, news, monitor (got '{text}')");
            return default;
        }

        return kind;
    }

    private static List<Uri> ReadUrls(JsonElement item, Action<string, string> error)
    {
        var urls = new List<Uri>();
        if (!item.TryGetProperty("urls", out var list))
        {
            error("urls", "required: at least one URL");
            return urls;
        }

        if (list.ValueKind != JsonValueKind.Array || list.GetArrayLength() == 0)
        {
            error("urls", "must be a non-empty array of URLs");
            return urls;
        }

        var i = 0;
        foreach (var u in list.EnumerateArray())
        {
            if (u.ValueKind == JsonValueKind.String && Uri.TryCreate(u.GetString(), UriKind.Absolute, out var uri)
                && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
            {
                urls.Add(uri);
            }
            else
            {
                error($"urls[{i}]", $"'{u}' is not an absolute http(s) URL");
            }

            i++;
        }

        return urls;
    }

    private static string ReadSchedule(JsonElement item, Action<string, string> error)
    {
        var schedule = Str(item, "schedule") ?? (Has(item, "schedule") ? "" : "0 */15 * * * *");
        var parsed = SourceSchedule.TryParse(schedule, out var scheduleError);
        if (parsed is null)
        {
            error("schedule", scheduleError!);
            return schedule;
        }

        // The gap between two consecutive slots from a fixed instant approximates the cadence.
        var anchor = new DateTimeOffset(2025, 1, 6, 0, 0, 0, TimeSpan.Zero);
        var first = parsed.NextAfter(anchor);
        if (parsed.NextAfter(first) - first < ScheduleFloor)
        {
            error("schedule", $"'{schedule}' polls more often than every {ScheduleFloor.TotalMinutes:0} minutes (hard floor per URL)");
        }

        return schedule;
    }

    private static List<string> ReadLanguages(JsonElement item, Action<string, string> error)
    {
        var languages = new List<string>();
        if (!item.TryGetProperty("languages", out var langs) || langs.ValueKind != JsonValueKind.Array)
        {
            error("languages", "required: an array of ISO 639-1 codes");
            return languages;
        }

        foreach (var l in langs.EnumerateArray())
        {
            var code = l.ValueKind == JsonValueKind.String ? l.GetString() : null;
            if (code is null || !LanguagePattern().IsMatch(code))
            {
                error("languages", $"'{l}' is not an ISO 639-1 code");
            }
            else
            {
                languages.Add(code);
            }
        }

        return languages;
    }
}
